package nl.kennisbank.jbake;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker's default object wrapper, plus records as strict hashes ({@link RecordModel}): the knowledge base's
 * page records reach the templates by their component names, and nothing else of the record (no methods, no
 * class). Maps, lists and plain values are wrapped as before, so JBake-format sites see no difference.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    /** Per record class, its accessors by component name (this wrapper's own cache, filled once per class). */
    private final Map<Class<?>, Map<String, Method>> accessors = new ConcurrentHashMap<>();

    /** Per list of record classes, their accessors together (a page's content is wrapped at each use in a template). */
    private final Map<List<Class<?>>, Map<String, Method>> combined = new ConcurrentHashMap<>();

    RecordWrapper(DefaultObjectWrapperConfiguration configuration) {
        super(configuration, true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof PageContent.Typed typed) {
            return model("content", typed.parts());
        }
        if (obj instanceof Record record) {
            return model("", List.of(record));
        }
        return super.handleUnknownType(obj);
    }

    /** The records as one strict hash, reached through the expression {@code path} ("" when unknown). */
    RecordModel model(String path, List<Record> parts) {
        if (parts.size() == 1) {
            return new RecordModel(
                    path, parts, accessors.computeIfAbsent(parts.get(0).getClass(), RecordWrapper::accessorsOf), this);
        }
        List<Class<?>> types = parts.stream().<Class<?>>map(Record::getClass).toList();
        return new RecordModel(path, parts, combined.computeIfAbsent(types, this::accessorsOf), this);
    }

    private Map<String, Method> accessorsOf(List<Class<?>> types) {
        Map<String, Method> all = new LinkedHashMap<>();
        types.forEach(type -> all.putAll(accessors.computeIfAbsent(type, RecordWrapper::accessorsOf)));
        return java.util.Collections.unmodifiableMap(all);
    }

    private static Map<String, Method> accessorsOf(Class<?> type) {
        Map<String, Method> byName = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            byName.put(component.getName(), accessor);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }
}
