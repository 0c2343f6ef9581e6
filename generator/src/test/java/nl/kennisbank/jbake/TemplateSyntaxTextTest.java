package nl.kennisbank.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import java.util.stream.Stream;
import nl.kennisbank.problems.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real FreeMarker parse errors of the kinds people make, each said in Dutch at its line and column. */
class TemplateSyntaxTextTest {

    private static Problem syntaxError(String template) {
        Configuration cfg = RenderFailureTest.withTemplate(template);
        ParseException e = assertThrows(ParseException.class, () -> cfg.getTemplate("pagina.ftlh"));
        return RenderFailure.toProblem(new RuntimeException("JBake wraps it", e), "over/index.html");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(
                        "<p>\n<#if x>a",
                        "templates/pagina.ftlh:2:8",
                        "het bestand houdt op terwijl <#if> nog open staat"),
                Arguments.of("<#list xs as x>${x}", "templates/pagina.ftlh:1:19", "terwijl <#list> nog open staat"),
                Arguments.of("${a", "templates/pagina.ftlh:1:3", "terwijl een ${ nog open staat"),
                Arguments.of("<@m>", "templates/pagina.ftlh:1:4", "terwijl een <@…>-aanroep nog open staat"),
                Arguments.of(
                        "<#macro m>x</#macro><#macro m>",
                        "templates/pagina.ftlh:1:30",
                        "terwijl <#macro> nog open staat"),
                Arguments.of(
                        "<#if x>a</@layout.page>",
                        "templates/pagina.ftlh:1:9",
                        "hier staat </@layout.page>, maar eerst moet #if gesloten worden (</#if>)"),
                Arguments.of(
                        "<#if (x>a</#if>",
                        "templates/pagina.ftlh:1:10",
                        "Waarschijnlijk ontbreekt er een sluithaakje )."),
                Arguments.of("${a b}", "templates/pagina.ftlh:1:5", "Waarschijnlijk ontbreekt er een sluitaccolade }."),
                Arguments.of("${a + }", "templates/pagina.ftlh:1:7", "er ontbreekt een deel van de uitdrukking"),
                Arguments.of("</#if>", "templates/pagina.ftlh:1:1", "hier staat </#if>, en dat kan op deze plek niet"),
                Arguments.of(
                        "<#if x>a<#else>b<#else>c</#if>", "templates/pagina.ftlh:1:17", "een <#else> na een <#else>"),
                Arguments.of("<#foo>", "templates/pagina.ftlh:1:2", "de opdracht <#foo> bestaat niet in FreeMarker"),
                Arguments.of("${x?nosuch}", "templates/pagina.ftlh:1:5", "?nosuch bestaat niet in FreeMarker"),
                Arguments.of("<#include>", "templates/pagina.ftlh:1:2", "de tag <#include> is niet goed geschreven"),
                Arguments.of("${ ${x} }", "templates/pagina.ftlh:1:4", "dus x in plaats van ${x}"),
                Arguments.of("${\"abc}", "templates/pagina.ftlh:1:8", "FreeMarker kan de tekst na \"abc} niet lezen"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aSyntaxErrorIsSaidInDutchAtItsLineAndColumn(String template, String location, String dutch) {
        Problem p = syntaxError(template);
        assertTrue(p.format().startsWith(location + ": error [TEMPLATE_SYNTAX]: De template klopt niet: "), p.format());
        assertTrue(p.message().contains(dutch), p.message());
        assertFalse(p.message().contains("Melding van FreeMarker"), "a known kind keeps no English: " + p.message());
        assertFalse(p.message().contains("\n"), p.message());
    }

    @Test
    void anUnknownKindKeepsFreeMarkersFirstLineMarkedAsSuch() {
        assertEquals(
                "controleer de template op deze plek. (Melding van FreeMarker: Something new.)",
                TemplateSyntaxText.of("Something new.\nMore lines."));
    }
}
