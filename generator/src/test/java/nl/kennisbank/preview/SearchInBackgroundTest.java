package nl.kennisbank.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.FixtureSites;
import nl.kennisbank.site.SitePipeline;
import nl.kennisbank.site.search.Searches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partial build keeps the last full build's search index and related practices; a few seconds later they are
 * brought up to date in the background. After that the preview's index and practice pages are exactly what a full
 * build of the same source gives.
 */
class SearchInBackgroundTest {

    private static final Pattern MAP = Pattern.compile("\"map\":\"([0-9a-f]+)/\"");

    @Test
    void afterAPartialBuildTheSearchIndexAndRelatedPracticesFollowAsAFullBuildWouldHaveThem(@TempDir Path tmp)
            throws Exception {
        Path source = tmp.resolve("bron");
        FixtureSites.copyTree(FixtureSites.golden(), source);
        Path output = tmp.resolve("voorbeeld");
        try (RunningPreview preview =
                new RunningPreview(source, output, Searches.forSite(source), PreviewServer.Limits.DEFAULT)) {
            preview.awaitStatus("/praktijkvoorbeelden/brievenbus/", 200);
            String before = indexId(preview.get("/zoeken/index/meta.json").body());
            Path practice = source.resolve("content/praktijkvoorbeelden/brievenbus.md");
            Files.writeString(
                    practice,
                    Files.readString(practice)
                            .replaceFirst(
                                    "\n---\n",
                                    "\n---\n\nDe U-pas voor schoolkosten helpt ouders in Utrecht met het schoolreisje en de schoolactiviteiten.\n\n"));
            preview.awaitBody("/praktijkvoorbeelden/brievenbus/", "De U-pas voor schoolkosten helpt ouders");
            long served = System.nanoTime();
            long until = System.currentTimeMillis() + 120_000;
            String after = before;
            while (after.equals(before) && System.currentTimeMillis() < until) {
                Thread.sleep(100);
                after = indexId(preview.get("/zoeken/index/meta.json").body());
            }
            assertFalse(after.equals(before), "the search index was refreshed; log:\n" + preview.log());
            System.out.println("search index refreshed " + (System.nanoTime() - served) / 1_000_000
                    + " ms after the saved page was served (quiet delay " + SearchInBackground.DELAY_MILLIS
                    + " ms); load " + Files.readString(Path.of("/proc/loadavg")).strip());
            while (!preview.log().contains("Zoeken en verwante praktijkvoorbeelden bijgewerkt.")
                    && System.currentTimeMillis() < until) {
                Thread.sleep(50); // the index is moved in just before the log line is written
            }
            assertTrue(preview.log().contains("Zoeken en verwante praktijkvoorbeelden bijgewerkt."), preview.log());

            Path full = tmp.resolve("volledig");
            BuildOptions options = new BuildOptions(source, full, Optional.empty(), true, 2, FixtureSites.TODAY);
            assertTrue(new SitePipeline(Searches.forSite(source)).build(options).succeeded());
            assertEquals(
                    indexId(Files.readString(full.resolve("zoeken/index/meta.json"))),
                    after,
                    "the same index as a full build");
            try (Stream<Path> folders = Files.list(output.resolve("zoeken/index"))) {
                assertEquals(
                        List.of(after, "meta.json"),
                        folders.map(p -> p.getFileName().toString()).sorted().toList(),
                        "the old index is gone");
            }
            for (String page : List.of("brievenbus", "u-pas", "concept")) {
                String rel = "praktijkvoorbeelden/" + page + "/index.html";
                assertEquals(
                        Files.readString(full.resolve(rel)),
                        Files.readString(output.resolve(rel)),
                        rel + ": related practices as in a full build");
            }
        }
    }

    private static String indexId(String meta) {
        Matcher m = MAP.matcher(meta);
        assertTrue(m.find(), meta);
        return m.group(1);
    }
}
