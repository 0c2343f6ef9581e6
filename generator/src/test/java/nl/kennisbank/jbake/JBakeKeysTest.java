package nl.kennisbank.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every {@code jbake.properties} key of a JBake-format site is honoured or named. The keys honoured are each set,
 * to a value other than JBake's default where it has one, in the {@code options} fixture, whose every page
 * {@code site.JBakeCompatibilityTest} compares with stock JBake 2.7.0's output; the others get a warning.
 */
class JBakeKeysTest {

    static final Path OPTIONS = ExampleSite.root().resolve("generator/src/test/resources/jbake-compat/options/site");

    @Test
    void everySupportedKeyIsSetInTheFixtureComparedWithStockJBake() throws IOException {
        Properties fixture = new Properties();
        try (Reader in = Files.newBufferedReader(OPTIONS.resolve("jbake.properties"), StandardCharsets.ISO_8859_1)) {
            fixture.load(in);
        }
        Set<String> missing = new TreeSet<>(JBakeKeys.SUPPORTED);
        missing.removeAll(fixture.stringPropertyNames());
        assertEquals(
                Set.of(),
                missing,
                "supported keys the options fixture does not set, so no test compares them with stock JBake");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "render.index",
                "index.paginate",
                "uri.noExtension",
                "markdown.extensions",
                "date.format",
                "jvm.locale",
                "template.post.file",
                "template.note.file",
                "draft.suffix",
                "header.separator"
            })
    void aSupportedKeyPassesWithoutAWarning(String key, @TempDir Path site) throws IOException {
        assertEquals(List.of(), check(site, key + "=x\n", ""));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "db.store",
                "db.path",
                "db.clear.cache",
                "destination.folder",
                "server.port",
                "server.hostname",
                "server.contextPath",
                "asset.ignore",
                "thymeleaf.locale",
                "freemarker.timezone",
                "freemarker.outputencoding",
                "markdown.maxParsingTimeInMillis",
                "data.file.docType",
                "asciidoctor.option",
                "example.project.freemarker",
                "template.feed.thymeleaf.mode"
            })
    void aJBakeKeyNotUsedHereIsNamedWithTheReason(String key, @TempDir Path site) throws IOException {
        List<Problem> problems = check(site, "site.host=https://example.org\n" + key + "=x\n", "");
        assertEquals(1, problems.size(), problems::toString);
        Problem problem = problems.get(0);
        assertEquals(ProblemCode.JBAKE_SETTING_UNSUPPORTED, problem.code());
        assertEquals(2, problem.line());
        assertTrue(
                problem.message().startsWith("De JBake-instelling '" + key + "' wordt niet gebruikt: "),
                problem.message());
    }

    @Test
    void anEncodingOtherThanUtf8IsNamed(@TempDir Path site) throws IOException {
        List<Problem> problems = check(site, "render.encoding=ISO-8859-1\n", "");
        assertEquals(
                List.of(ProblemCode.JBAKE_SETTING_UNSUPPORTED),
                problems.stream().map(Problem::code).toList());
        assertTrue(problems.get(0).message().contains("UTF-8"), problems.get(0).message());
    }

    @Test
    void aKeyNeitherJBakeNorAnyTemplateKnowsIsNamedAsALikelyTypo(@TempDir Path site) throws IOException {
        List<Problem> problems = check(site, "render.tag=true\n", "<p>${config.site_host}</p>");
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(ProblemCode.JBAKE_SETTING_UNKNOWN, problems.get(0).code());
        assertEquals(
                "De instelling 'render.tag' kent JBake niet, en geen template leest haar (als config.render_tag)."
                        + " Is het een tikfout? Anders kun je de regel weghalen.",
                problems.get(0).message());
    }

    @Test
    void aSiteKeyATemplateReadsPassesQuietly(@TempDir Path site) throws IOException {
        assertEquals(List.of(), check(site, "site.about=Over ons\n", "<p>${config.site_about}</p>"));
    }

    private static List<Problem> check(Path site, String properties, String template) throws IOException {
        Files.writeString(site.resolve("jbake.properties"), properties, StandardCharsets.ISO_8859_1);
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/page.ftl"), template, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        new JBakeKeys(JBakeSettings.load(site)).check(problems);
        return problems.sorted();
    }
}
