package nl.kennisbank.jbake;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.Map;
import java.util.Set;

/**
 * Our values ({@code site}, a deterministic {@code published_date}) laid over JBake's template model; every
 * other key is answered by JBake's model, so templates written for JBake keep working. Every name looked up is
 * noted in {@code reads}, and inside a map of ours (such as {@code site}) every key as {@code site.<key>}; a key such
 * a map does not have is a template error, as a name a page record lacks is ({@link RecordModel}).
 */
final class OverlayModel implements TemplateHashModel {

    private final Map<String, Object> globals;
    private final TemplateHashModel jbake;
    private final ObjectWrapper wrapper;
    private final Set<String> reads;

    OverlayModel(Map<String, Object> globals, TemplateHashModel jbake, ObjectWrapper wrapper, Set<String> reads) {
        this.globals = globals;
        this.jbake = jbake;
        this.wrapper = wrapper;
        this.reads = reads;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        reads.add(key);
        Object value = globals.get(key);
        if (value instanceof Map<?, ?> map) {
            return new Recording(key, map, (TemplateHashModelEx) wrapper.wrap(value));
        }
        return value != null ? wrapper.wrap(value) : jbake.get(key);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    /** A map of ours that notes each key read; listing its keys or values counts as reading all of it. */
    private final class Recording implements TemplateHashModelEx {
        private final String name;
        private final Map<?, ?> map;
        private final TemplateHashModelEx wrapped;

        Recording(String name, Map<?, ?> map, TemplateHashModelEx wrapped) {
            this.name = name;
            this.map = map;
            this.wrapped = wrapped;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            reads.add(name + "." + key);
            if (!map.containsKey(key)) {
                throw new RecordModel.UnknownName(
                        name + "." + key,
                        map.keySet().stream().map(String::valueOf).toList());
            }
            return wrapped.get(key);
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return wrapped.isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            return wrapped.size();
        }

        @Override
        public freemarker.template.TemplateCollectionModel keys() throws TemplateModelException {
            map.keySet().forEach(k -> reads.add(name + "." + k));
            return wrapped.keys();
        }

        @Override
        public freemarker.template.TemplateCollectionModel values() throws TemplateModelException {
            map.keySet().forEach(k -> reads.add(name + "." + k));
            return wrapped.values();
        }
    }
}
