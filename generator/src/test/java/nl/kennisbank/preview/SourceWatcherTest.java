package nl.kennisbank.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {

    @Test
    void reportsFilesInFoldersCreatedAfterTheStart(@TempDir Path source) throws Exception {
        Files.createDirectories(source.resolve("content"));
        try (SourceWatcher watcher = new SourceWatcher(source, List.of("content", "templates"))) {
            Files.createDirectories(source.resolve("content/nieuw/dieper"));
            SourceWatcher.Changes first = watcher.awaitChange();
            assertTrue(first.paths().contains("content/nieuw"), first.toString());
            Files.writeString(source.resolve("content/nieuw/dieper/pagina.md"), "tekst");
            SourceWatcher.Changes second = CompletableFuture.supplyAsync(() -> {
                        try {
                            return watcher.awaitChange();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .get(10, TimeUnit.SECONDS);
            assertTrue(second.paths().contains("content/nieuw/dieper/pagina.md"), second.toString());
        }
    }

    @Test
    void ignoresTheOutputFolderInTheSourceRoot(@TempDir Path source) throws Exception {
        Files.createDirectories(source.resolve("content"));
        try (SourceWatcher watcher = new SourceWatcher(source, List.of("content"))) {
            Files.createDirectories(source.resolve("target/voorbeeld"));
            Files.writeString(source.resolve("content/a.md"), "tekst");
            SourceWatcher.Changes changes = watcher.awaitChange();
            assertTrue(changes.paths().equals(java.util.Set.of("content/a.md")), changes.toString());
        }
    }
}
