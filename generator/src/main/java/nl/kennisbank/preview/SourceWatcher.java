package nl.kennisbank.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Watches the site's source folders (recursively) and calls back once per burst of changes. */
final class SourceWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 150;
    private final WatchService watcher;

    SourceWatcher(Path source, List<String> folders) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        source.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        for (String folder : folders) {
            Path dir = source.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path d : walk.filter(Files::isDirectory).toList()) {
                        d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                    }
                }
            }
        }
    }

    /** Blocks until something changed, then waits until changes stop for a moment. */
    void awaitChange() throws InterruptedException {
        WatchKey key = watcher.take();
        drain(key);
        WatchKey more;
        while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            drain(more);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() throws IOException {
        try {
            watcher.close();
        } catch (ClosedWatchServiceException e) {
            // already closed
        }
    }
}
