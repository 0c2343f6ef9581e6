package nl.kennisbank.jbake;

import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One or more records as a FreeMarker hash, strictly: a component's value (a {@code null} one is missing, so
 * {@code x??} tests it), and for a name no record has an {@link UnknownName} error, so a misspelt or renamed
 * name stops the build at the template line instead of printing nothing.
 */
final class RecordModel implements TemplateHashModelEx {

    private final String path;
    private final List<Record> parts;
    private final Map<String, Method> accessors;
    private final RecordWrapper wrapper;

    /**
     * @param path the expression that reached these records ({@code content}, {@code content.facts}), "" when
     *             unknown (a record inside a list)
     */
    RecordModel(String path, List<Record> parts, Map<String, Method> accessors, RecordWrapper wrapper) {
        this.path = path;
        this.parts = parts;
        this.accessors = accessors;
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Method accessor = accessors.get(key);
        String name = path.isEmpty() ? key : path + "." + key;
        if (accessor == null) {
            throw new UnknownName(name, names());
        }
        for (Record part : parts) {
            if (accessor.getDeclaringClass() == part.getClass()) {
                Object value = read(accessor, part);
                return value instanceof Record record ? wrapper.model(name, List.of(record)) : wrapper.wrap(value);
            }
        }
        throw new IllegalStateException("no part declares " + accessor);
    }

    private static Object read(Method accessor, Record part) throws TemplateModelException {
        try {
            return accessor.invoke(part);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new TemplateModelException("cannot read " + accessor, e);
        }
    }

    /** The names of every part, in declaration order. */
    List<String> names() {
        return List.copyOf(accessors.keySet());
    }

    @Override
    public boolean isEmpty() {
        return accessors.isEmpty();
    }

    @Override
    public int size() {
        return accessors.size();
    }

    @Override
    public TemplateCollectionModel keys() {
        return new SimpleCollection(names(), wrapper);
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        List<Object> values = new ArrayList<>();
        for (String name : names()) {
            values.add(get(name));
        }
        return new SimpleCollection(values, wrapper);
    }

    /** A name the records do not have: the template asks for something the page's contract does not offer. */
    static final class UnknownName extends TemplateModelException {

        private final String name;
        private final List<String> known;

        UnknownName(String name, List<String> known) {
            super("'" + name + "' is not a name of this page's model; it has: " + String.join(", ", known));
            this.name = name;
            this.known = known;
        }

        String name() {
            return name;
        }

        List<String> known() {
            return known;
        }
    }
}
