package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.search.SearchStage;
import nl.kennisbank.site.search.Searches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden fixture site, built and compared file by file with its reviewed expected output in
 * {@code sites/golden-expected/}, the static search index included (its folder name is a hash of its content, so a
 * change to what the index holds or how it is written shows here as a renamed folder and changed files: review them
 * like code). To accept a change: {@code -Dkennisbank.updateGolden=true}, then review the diff.
 */
class GoldenSiteTest {

    @Test
    void goldenSiteBuildsToItsReviewedOutputSearchIndexIncluded(@TempDir Path tmp) throws Exception {
        Path output = tmp.resolve("site");
        BuildReport report = new SitePipeline(Searches.forSite(FixtureSites.golden()))
                .build(new BuildOptions(
                        FixtureSites.golden(), output, Optional.of("https://test.example/kennisbank/"), false, 2));
        assertTrue(report.succeeded(), () -> report.problems().toString());
        Path expected = FixtureSites.resources().resolve("golden-expected");
        if (Golden.update()) {
            FixtureSites.deleteTree(expected);
            FixtureSites.copyTree(output, expected);
        }
        assertEquals(FixtureSites.files(expected), FixtureSites.files(output), "the set of files written");
        for (String file : FixtureSites.files(expected)) {
            assertEquals(read(expected.resolve(file)), read(output.resolve(file)), file);
        }
    }

    @Test
    void draftsArePublishedOnlyWhenAsked(@TempDir Path tmp) throws Exception {
        Path without = tmp.resolve("zonder");
        Path with = tmp.resolve("met");
        new SitePipeline(SearchStage.NONE)
                .build(new BuildOptions(FixtureSites.golden(), without, Optional.empty(), false, 1));
        new SitePipeline(SearchStage.NONE)
                .build(new BuildOptions(FixtureSites.golden(), with, Optional.empty(), true, 1));
        assertTrue(Files.notExists(without.resolve("praktijkvoorbeelden/concept/index.html")));
        assertTrue(Files.exists(with.resolve("praktijkvoorbeelden/concept/index.html")));
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }
}
