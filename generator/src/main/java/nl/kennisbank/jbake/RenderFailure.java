package nl.kennisbank.jbake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.util.Optional;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.ProblemCode;

/** Turns an exception from JBake's renderer into a problem at the template line that caused it. */
public final class RenderFailure {

    private RenderFailure() {}

    public static Problem toProblem(Throwable error, String page) {
        Optional<TemplateKeyMissing> key = find(error, TemplateKeyMissing.class);
        if (key.isPresent()) {
            // exit 1, not 2: the type may come from a page's own header (type=…) as well as from a missing line
            return ProblemCode.RENDER_FAILED.at(
                    Location.file("jbake.properties"), page, key.get().advice());
        }
        Optional<TemplateException> te = find(error, TemplateException.class);
        if (te.isPresent()) {
            TemplateException e = te.get();
            String template =
                    e.getTemplateSourceName() == null ? "templates" : "templates/" + e.getTemplateSourceName();
            Location at = new Location(template, nz(e.getLineNumber()), nz(e.getColumnNumber()));
            return ProblemCode.TEMPLATE_ERROR.at(at, page, TemplateErrorText.of(e, template));
        }
        Optional<ParseException> pe = find(error, ParseException.class);
        if (pe.isPresent()) {
            ParseException e = pe.get();
            Location at = new Location("templates/" + e.getTemplateName(), e.getLineNumber(), e.getColumnNumber());
            return ProblemCode.TEMPLATE_SYNTAX.at(at, TemplateSyntaxText.of(e.getEditorMessage()));
        }
        Optional<freemarker.template.TemplateNotFoundException> nf =
                find(error, freemarker.template.TemplateNotFoundException.class);
        if (nf.isPresent()) {
            return ProblemCode.TEMPLATE_MISSING.at(
                    Location.file("templates/" + nf.get().getTemplateName()), page);
        }
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return ProblemCode.RENDER_FAILED.at(Location.file("templates"), page, root);
    }

    private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static int nz(Integer n) {
        return n == null ? 0 : n;
    }
}
