package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Bewerk deze pagina" appears on every content page only when the owner sets kennisbank.edit-url; the submission
 * page links to kennisbank.submit-url; an empty listing points to the submission page.
 */
class EditorLinksTest {

    private static Path exampleCopy(Path tmp, String settings) throws Exception {
        Path source = tmp.resolve("bron");
        for (String part : List.of("content", "data", "templates", "assets")) {
            FixtureSites.copyTree(ExampleSite.root().resolve(part), source.resolve(part));
        }
        Files.copy(ExampleSite.root().resolve("jbake.properties"), source.resolve("jbake.properties"));
        Files.writeString(source.resolve("jbake.properties"), "\n" + settings, StandardOpenOption.APPEND);
        return source;
    }

    private static BuildReport build(Path source, Path output) throws Exception {
        return new SitePipeline(SearchStage.NONE)
                .build(new BuildOptions(source, output, Optional.empty(), false, 2, FixtureSites.TODAY));
    }

    @Test
    void withTheSettingsEveryContentPageHasItsEditLinkAndTheSubmissionPageItsAddress(@TempDir Path tmp)
            throws Exception {
        Path source = exampleCopy(
                tmp,
                "kennisbank.edit-url=https://gitlab.example/org/kb/-/edit/main\n"
                        + "kennisbank.submit-url=https://gitlab.example/org/kb/-/issues/new?issuable_template=praktijkvoorbeeld\n");
        Path out = tmp.resolve("site");
        BuildReport report = build(source, out);
        assertTrue(report.succeeded(), report.problems().toString());
        String practice = Files.readString(out.resolve("praktijkvoorbeelden/u-pas-utrecht/index.html"));
        assertTrue(
                practice.contains(
                        "<a href=\"https://gitlab.example/org/kb/-/edit/main/content/praktijkvoorbeelden/u-pas-utrecht.md\">Bewerk deze pagina</a>"),
                practice);
        for (String page : List.of(
                "handreikingen/onderwijs/index.html",
                "handreikingen/onderwijs/het-gesprek/index.html",
                "over/index.html")) {
            assertTrue(Files.readString(out.resolve(page)).contains(">Bewerk deze pagina</a>"), page);
        }
        assertFalse(
                Files.readString(out.resolve("themas/index.html")).contains("Bewerk deze pagina"),
                "a generated listing has no source file");
        String submit = Files.readString(out.resolve("praktijkvoorbeeld-insturen/index.html"));
        assertTrue(
                submit.contains(
                        "<a href=\"https://gitlab.example/org/kb/-/issues/new?issuable_template=praktijkvoorbeeld\">Stuur je praktijkvoorbeeld in</a>"),
                submit);
        String empty = Files.readString(out.resolve("provincies/zeeland/index.html"));
        assertTrue(
                empty.contains("nog geen praktijkvoorbeelden")
                        && empty.contains("href=\"../../praktijkvoorbeeld-insturen/\""),
                empty);
    }

    @Test
    void withoutTheSettingsThereIsNoEditLink(@TempDir Path tmp) throws Exception {
        Path source = exampleCopy(tmp, "");
        Path out = tmp.resolve("site");
        assertTrue(build(source, out).succeeded());
        assertFalse(Files.readString(out.resolve("praktijkvoorbeelden/u-pas-utrecht/index.html"))
                .contains("Bewerk deze pagina"));
        assertTrue(Files.readString(out.resolve("praktijkvoorbeeld-insturen/index.html"))
                .contains("Stuur je voorbeeld naar de redactie"));
    }

    @Test
    void anEditUrlThatIsNoWebAddressIsAConfigurationError(@TempDir Path tmp) throws Exception {
        Path source = exampleCopy(tmp, "kennisbank.edit-url=gitlab.example/edit\n");
        BuildReport report = build(source, tmp.resolve("site"));
        assertFalse(report.succeeded());
        List<nl.kennisbank.problems.Problem> errors =
                report.problems().stream().filter(p -> p.isError()).toList();
        assertEquals(
                List.of("CONFIG_LINK"),
                errors.stream().map(p -> p.code().code()).toList());
        assertTrue(
                errors.get(0).format().startsWith("jbake.properties:"),
                errors.get(0).format());
    }
}
