package nl.kennisbank.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs that once crashed a build and left {@code serve} deaf (not listening, not watching, never exiting):
 * now each is a located problem in the overlay, the last good site stays served, and fixing the file rebuilds.
 * One preview takes them one after the other, as an editor would make and fix the mistakes.
 */
class HostilePreviewTest {

    @Test
    void formerCrashInputsShowAProblemWhileTheLastGoodSiteStaysAndAFixRebuilds(@TempDir Path tmp) throws Exception {
        Map<String, String> crashes = new java.util.LinkedHashMap<>();
        crashes.put("YAML_ALIAS_RECURSIVE", "---\ntitel: Over\nx: &a [*a]\n---\nTekst\n");
        crashes.put("YAML_TOO_DEEP", "---\ntitel: Over\nx: " + "[".repeat(3000) + "\n---\nTekst\n");
        crashes.put("MARKDOWN_TOO_DEEP", "---\ntitel: Over\n---\n" + ">".repeat(10_000) + "\n");
        try (RunningPreview preview = new RunningPreview(tmp)) {
            preview.awaitStatus("/over/", 200);
            Path over = preview.source().resolve("content/over.md");
            int round = 0;
            for (Map.Entry<String, String> crash : crashes.entrySet()) {
                Files.writeString(over, crash.getValue());
                preview.awaitBody("/__kennisbank/status", crash.getKey());
                assertTrue(preview.isRunning(), crash.getKey() + ": the preview keeps running");
                assertEquals(
                        200, preview.get("/over/").statusCode(), crash.getKey() + ": the last good site stays served");
                String fixed = "Hersteld " + ++round;
                Files.writeString(over, "---\ntitel: " + fixed + "\nbronnen: []\n---\nGoed\n");
                preview.awaitBody("/over/", fixed);
                preview.awaitBody("/__kennisbank/status", "\"problems\":[]");
            }
        }
    }
}
