package nl.kennisbank.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.SitePipeline;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview after a save shows the same site a full build would, having rendered only what changed. */
class InstantPreviewTest {

    private static final String PRACTICE = "content/praktijkvoorbeelden/concept.md";

    @Test
    void aDraftShowsAConceptBannerInThePreviewAndNeverReachesTheBuild(@TempDir Path tmp) throws Exception {
        try (RunningPreview preview = new RunningPreview(tmp)) {
            String draft =
                    preview.awaitStatus("/praktijkvoorbeelden/concept/", 200).body();
            assertTrue(draft.contains("class=\"kennisbank-concept\"") && draft.contains("status: concept"), draft);
            assertFalse(preview.get("/over/").body().contains("kennisbank-concept"), "published pages have no banner");
            Path site = tmp.resolve("gebouwd");
            new SitePipeline(SearchStage.NONE)
                    .build(new BuildOptions(preview.source(), site, Optional.empty(), false, 1));
            assertFalse(
                    Files.exists(site.resolve("praktijkvoorbeelden/concept/index.html")), "build leaves drafts out");
            try (var files = Files.walk(site)) {
                assertTrue(
                        files.filter(Files::isRegularFile).noneMatch(f -> read(f).contains("Nog niet klaar")),
                        "no trace of the draft");
            }
        }
    }

    @Test
    void aSavedTitleReachesThePageAndTheListingsThatShowIt(@TempDir Path tmp) throws Exception {
        try (RunningPreview preview = new RunningPreview(tmp)) {
            preview.awaitStatus("/praktijkvoorbeelden/", 200);
            Path file = preview.source().resolve(PRACTICE);
            Files.writeString(
                    file, Files.readString(file).replace("titel: Nog niet klaar", "titel: Een heel nieuwe titel"));
            preview.awaitBody("/praktijkvoorbeelden/concept/", "Een heel nieuwe titel");
            preview.awaitBody("/praktijkvoorbeelden/", "Een heel nieuwe titel");
            assertFalse(
                    preview.get("/praktijkvoorbeelden/").body().contains("Nog niet klaar"),
                    "the old title is gone from the listing");
        }
    }

    @Test
    void aDeletedPageIsGoneAndANewOneAppears(@TempDir Path tmp) throws Exception {
        try (RunningPreview preview = new RunningPreview(tmp)) {
            preview.awaitStatus("/praktijkvoorbeelden/concept/", 200);
            Files.move(
                    preview.source().resolve(PRACTICE),
                    preview.source().resolve("content/praktijkvoorbeelden/hernoemd.md"));
            preview.awaitStatus("/praktijkvoorbeelden/hernoemd/", 200);
            assertEquals(404, preview.get("/praktijkvoorbeelden/concept/").statusCode(), "the old URL is gone");
            preview.awaitBodyWithout("/praktijkvoorbeelden/", "praktijkvoorbeelden/concept/"); // listings follow
        }
    }

    @Test
    void aChangedTemplateReachesItsPages(@TempDir Path tmp) throws Exception {
        try (RunningPreview preview = new RunningPreview(tmp)) {
            preview.awaitStatus("/over/", 200);
            Path template = preview.source().resolve("templates/pagina.ftlh");
            String text = Files.readString(template);
            int main = text.indexOf("</main>") >= 0 ? text.indexOf("</main>") : text.lastIndexOf("</");
            Files.writeString(template, text.substring(0, main) + "<p>Sjabloon gewijzigd</p>" + text.substring(main));
            preview.awaitBody("/over/", "Sjabloon gewijzigd");
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return ""; // binary files
        }
    }
}
