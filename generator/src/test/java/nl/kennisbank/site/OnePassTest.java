package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.site.source.SiteSource;
import nl.kennisbank.site.validate.ValidSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A build parses and renders each body in one pass and checks the site after, on what the trees left; the preview and
 * {@code check} validate first, with the trees. Both must find the same problems and give the same HTML.
 */
class OnePassTest {

    @TempDir
    Path tmp;

    static Stream<String> sites() throws IOException {
        try (Stream<Path> cases = Files.list(FixtureSites.resources().resolve("invalid"))) {
            return Stream.concat(
                    Stream.of("golden", "golden with raw HTML escaped"),
                    cases.map(c -> "invalid/" + c.getFileName()).sorted().toList().stream())
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void aBuildsOnePassFindsTheSameProblemsAndRendersTheSameBodiesAsValidatingFirst(String name) throws Exception {
        Path site = site(name);
        BuildOptions options = new BuildOptions(site, tmp.resolve("uit"), Optional.empty(), false, 2);
        MarkdownProcessor markdown = new MarkdownProcessor();

        Problems first = new Problems();
        SiteSource source = new SourceLoading().load(options, first);
        ValidSite validated = new Validation(markdown).validate(source, options, first);
        Map<String, String> rendered = new BodyRendering(markdown).render(validated);

        Problems onePass = new Problems();
        SiteSource again = new SourceLoading().load(options, onePass);
        Validation validation = new Validation(markdown);
        Validation.Bodies bodies = validation.parseAndRender(again, options, onePass);
        validation.check(again, options, onePass, bodies);

        assertEquals(first.sorted(), onePass.sorted());
        assertEquals(rendered, bodies.html());
        assertFalse(bodies.parsed().values().stream().anyMatch(p -> p.ast() != null), "no tree is kept");
        if (name.equals("invalid/hostile-html")) {
            assertFalse(bodies.rawHtml().isEmpty(), "its raw HTML is checked from the reports kept while rendering");
        }
    }

    private Path site(String name) throws IOException {
        if (name.startsWith("invalid/")) {
            return FixtureSites.invalidCase(
                    FixtureSites.resources().resolve(name).resolve("site-files"), tmp);
        }
        HostileSite golden = HostileSite.golden(tmp);
        if (name.contains("escaped")) {
            golden.setting("kennisbank.html", "escape");
        }
        return golden.root();
    }
}
