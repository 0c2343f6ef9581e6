package nl.kennisbank.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import nl.kennisbank.problems.Problem;
import org.junit.jupiter.api.Test;

class RenderFailureTest {

    /** A FreeMarker configuration as the site's (no class creation, no API built-ins) with one template, pagina.ftlh. */
    static Configuration withTemplate(String template) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("pagina.ftlh", template);
        cfg.setTemplateLoader(loader);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        return cfg;
    }

    private static Problem failure(String template) {
        Configuration cfg = withTemplate(template);
        TemplateException e = assertThrows(
                TemplateException.class,
                () -> cfg.getTemplate("pagina.ftlh")
                        .process(
                                Map.of("content", Map.of("title", "Over", "tags", List.of("a", "b"))),
                                new StringWriter()));
        return RenderFailure.toProblem(new RuntimeException("JBake wraps it", e), "over/index.html");
    }

    @Test
    void aMissingValueNamesTheTemplateLineColumnAndExpressionAndSaysWhatToDo() {
        Problem p = failure("<h1>${content.title}</h1>\n<p>\n  ${content.bestaatNiet.veld}</p>\n");
        assertEquals(
                "templates/pagina.ftlh:3:5: error [TEMPLATE_ERROR]: Fout in de template bij het maken van over/index.html:"
                        + " 'content.bestaatNiet' (in templates/pagina.ftlh, regel 3, kolom 5) bestaat niet of is leeg. Controleer de naam."
                        + " Mag de waarde ontbreken, geef dan een standaardwaarde met content.bestaatNiet!\"\" of zet het stuk tussen"
                        + " <#if content.bestaatNiet??> en </#if>.",
                p.format());
    }

    @Test
    void aValueOfTheWrongKindSaysWhichKindWasNeeded() {
        Problem p = failure("${content.tags}");
        assertEquals(
                "Fout in de template bij het maken van over/index.html: 'content.tags' (in templates/pagina.ftlh, regel 1, kolom 3)"
                        + " is geen tekst (en ook geen getal, datum of ja/nee dat tekst kan worden). Controleer welke waarde de template hier"
                        + " gebruikt, of zet hem om (bijvoorbeeld met ?string, ?join(\", \") of ?c).",
                p.message());
    }

    @Test
    void aRefusedClassSaysItIsSwitchedOffForSafety() {
        Problem p = failure("<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        assertEquals(
                "Fout in de template bij het maken van over/index.html: De template (in templates/pagina.ftlh, regel 1,"
                        + " kolom 1) probeert Java-klassen te maken of aan te roepen. Dat is uit veiligheid uitgeschakeld: haal dit uit de template.",
                p.message());
    }
}
