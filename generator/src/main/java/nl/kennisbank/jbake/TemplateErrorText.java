package nl.kennisbank.jbake;

import freemarker.core.InvalidReferenceException;
import freemarker.core.NonBooleanException;
import freemarker.core.NonDateException;
import freemarker.core.NonHashException;
import freemarker.core.NonMethodException;
import freemarker.core.NonNumericalException;
import freemarker.core.NonSequenceException;
import freemarker.core.NonSequenceOrCollectionException;
import freemarker.core.NonStringException;
import freemarker.core.NonStringOrTemplateOutputException;
import freemarker.core.UnexpectedTypeException;
import freemarker.template.TemplateException;
import java.util.Locale;

/**
 * A FreeMarker error said in Dutch for whoever maintains the templates: where (template, line, column), which
 * expression failed, why, and what to do. FreeMarker's own text is English and spread over several lines (the
 * expression is on the second), so it is never cut to its first line; only a kind of error this class does not
 * know keeps FreeMarker's description, marked as such, after a Dutch sentence.
 */
final class TemplateErrorText {

    private TemplateErrorText() {}

    static String of(TemplateException e, String template) {
        String where = String.format(
                Locale.ROOT, "in %s, regel %d, kolom %d", template, nz(e.getLineNumber()), nz(e.getColumnNumber()));
        String expression = e.getBlamedExpressionString();
        if (e instanceof RecordModel.UnknownName unknown) {
            return String.format(
                    "De pagina heeft geen waarde '%s' (%s). Controleer de naam in de template. Namen die er wel zijn: %s.",
                    unknown.name(), where, String.join(", ", unknown.known()));
        }
        if (e instanceof InvalidReferenceException && expression != null) {
            return String.format(
                    "'%s' (%s) bestaat niet of is leeg. Controleer de naam. Mag de waarde ontbreken, geef dan een"
                            + " standaardwaarde met %s!\"\" of zet het stuk tussen <#if %s??> en </#if>.",
                    expression, where, bare(expression), bare(expression));
        }
        if (e instanceof UnexpectedTypeException && expression != null) {
            return String.format(
                    "'%s' (%s) is geen %s. Controleer welke waarde de template hier gebruikt, of zet hem om"
                            + " (bijvoorbeeld met ?string, ?join(\", \") of ?c).",
                    expression, where, expected(e));
        }
        String freemarker = firstSentence(e.getMessageWithoutStackTop());
        if (freemarker.contains("not allowed")
                || freemarker.contains("api_builtin_enabled")
                || freemarker.contains("security")) {
            return String.format(
                    "De template (%s) probeert Java-klassen te maken of aan te roepen. Dat is uit veiligheid uitgeschakeld:"
                            + " haal dit uit de template.",
                    where);
        }
        return String.format(
                "De template kon %s niet verder%s. Controleer de template op die plek. (Melding van FreeMarker: %s)",
                where, expression == null ? "" : " bij '" + expression + "'", freemarker);
    }

    /** The expression as a default or an {@code ??} test needs it: in parentheses when it is more than a name. */
    private static String bare(String expression) {
        return expression.contains(" ") || expression.contains("(") ? "(" + expression + ")" : expression;
    }

    private static String expected(TemplateException e) {
        if (e instanceof NonStringException || e instanceof NonStringOrTemplateOutputException) {
            return "tekst (en ook geen getal, datum of ja/nee dat tekst kan worden)";
        } else if (e instanceof NonNumericalException) {
            return "getal";
        } else if (e instanceof NonBooleanException) {
            return "ja/nee-waarde";
        } else if (e instanceof NonDateException) {
            return "datum";
        } else if (e instanceof NonSequenceException || e instanceof NonSequenceOrCollectionException) {
            return "lijst";
        } else if (e instanceof NonHashException) {
            return "object met velden";
        } else if (e instanceof NonMethodException) {
            return "functie";
        }
        return "waarde van het soort dat hier nodig is";
    }

    private static String firstSentence(String message) {
        String m = message == null ? "" : message.strip();
        int end = m.indexOf('\n');
        return (end < 0 ? m : m.substring(0, end)).strip();
    }

    private static int nz(Integer n) {
        return n == null ? 0 : n;
    }
}
