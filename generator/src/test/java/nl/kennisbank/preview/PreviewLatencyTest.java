package nl.kennisbank.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.kennisbank.site.ExampleSite;
import nl.kennisbank.site.search.Searches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save → changed page served, end to end, on the example site: a file is written, and the page is polled over
 * HTTP until it shows the new text. {@code -Dkennisbank.previewSamples=N} takes more samples. The figures are
 * printed with the load average.
 */
class PreviewLatencyTest {

    private static final Duration BUDGET = Duration.ofMillis(300);

    @Test
    void aSavedPracticeIsServedWithinThreeHundredMillisecondsOnTheExampleSite(@TempDir Path tmp) throws Exception {
        Path source = ExampleSite.copySource(tmp.resolve("bron"));
        Path practice = source.resolve("content/praktijkvoorbeelden/budgetcoach-op-school.md");
        String original = Files.readString(practice);
        int samples = Integer.getInteger("kennisbank.previewSamples", 7);
        try (RunningPreview preview = new RunningPreview(
                source, tmp.resolve("voorbeeld"), Searches.forSite(source), PreviewServer.Limits.DEFAULT)) {
            preview.awaitStatus("/praktijkvoorbeelden/budgetcoach-op-school/", 200);
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < samples + 2; i++) {
                String marker = "Opgeslagen-versie-" + i;
                Files.writeString(practice, original.replaceFirst("\n---\n", "\n---\n\n" + marker + "\n\n"));
                Duration took = preview.awaitBody("/praktijkvoorbeelden/budgetcoach-op-school/", marker);
                if (i >= 2) { // the first two saves warm the code paths of a partial build
                    millis.add(took.toMillis());
                }
                Thread.sleep(200);
            }
            List<Long> sorted = millis.stream().sorted().toList();
            long median = sorted.get(sorted.size() / 2);
            System.out.println("preview save-to-served on the example site (ms): " + millis + ", median " + median
                    + "; load " + loadAverage() + "; log:\n" + preview.log());
            long budget = budgetOnThisMachine();
            assertTrue(median <= budget, "median save-to-served " + median + " ms > " + budget + " ms: " + millis);
        }
    }

    /**
     * 300 ms on a machine with a core to spare; on a machine whose run queue is longer than its cores (shared CI
     * runners, this project's own test machine) the budget grows with the queue, since every thread waits its turn.
     */
    static long budgetOnThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage();
        return Math.round(BUDGET.toMillis() * Math.max(1.0, load / cores));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
