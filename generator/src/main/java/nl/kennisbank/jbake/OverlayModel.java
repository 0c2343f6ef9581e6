package nl.kennisbank.jbake;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.Map;

/**
 * Our values ({@code site}, a deterministic {@code published_date}) laid over JBake's template model; every
 * other key is answered by JBake's model, so templates written for JBake keep working.
 */
final class OverlayModel implements TemplateHashModel {

    private final Map<String, Object> globals;
    private final TemplateHashModel jbake;
    private final ObjectWrapper wrapper;

    OverlayModel(Map<String, Object> globals, TemplateHashModel jbake, ObjectWrapper wrapper) {
        this.globals = globals;
        this.jbake = jbake;
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Object value = globals.get(key);
        return value != null ? wrapper.wrap(value) : jbake.get(key);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
