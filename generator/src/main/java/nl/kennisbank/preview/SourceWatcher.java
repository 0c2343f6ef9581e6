package nl.kennisbank.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the site's source folders recursively, folders created later included, and reports once per burst of
 * changes which paths changed. In the source root itself only {@code jbake.properties} and the watched folders
 * count, so the preview's own output folder never triggers a rebuild.
 */
final class SourceWatcher implements AutoCloseable {

    /** Changes closer together than this are one burst (an editor's save often writes twice). */
    static final long QUIET_MILLIS = 40;

    private final WatchService watcher;
    private final Path source;
    private final List<String> folders;
    private final Map<WatchKey, Path> keys = new HashMap<>();

    /**
     * What changed in one burst.
     *
     * @param paths    the changed paths, relative to the source root and with '/' separators
     * @param overflow true when the system dropped events: treat everything as changed
     */
    record Changes(Set<String> paths, boolean overflow) {}

    SourceWatcher(Path source, List<String> folders) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.source = source.toAbsolutePath().normalize();
        this.folders = folders;
        keys.put(register(this.source), this.source);
        for (String folder : folders) {
            registerTree(this.source.resolve(folder));
        }
    }

    /** Blocks until something changed, then waits until changes stop for a moment. */
    Changes awaitChange() throws InterruptedException {
        return collect(watcher.take());
    }

    /** Like {@link #awaitChange()}, but gives up after {@code millis}: then null. */
    Changes awaitChange(long millis) throws InterruptedException {
        WatchKey first = watcher.poll(millis, TimeUnit.MILLISECONDS);
        return first == null ? null : collect(first);
    }

    private Changes collect(WatchKey first) throws InterruptedException {
        Set<String> paths = new TreeSet<>();
        boolean overflow = drain(first, paths);
        WatchKey more;
        while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            overflow |= drain(more, paths);
        }
        return new Changes(Set.copyOf(paths), overflow);
    }

    private boolean drain(WatchKey key, Set<String> paths) {
        Path dir = keys.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            String rel = source.relativize(changed).toString().replace('\\', '/');
            if (dir.equals(source) && !rel.equals("jbake.properties") && !folders.contains(rel)) {
                continue;
            }
            paths.add(rel);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(changed, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try {
                    paths.addAll(registerTree(changed));
                } catch (IOException e) {
                    overflow = true; // could not watch the new folder: rebuild everything now, and on the next change
                }
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
        return overflow;
    }

    /**
     * Watches a folder and every folder in it, each before listing it, so nothing created meanwhile goes unseen;
     * returns the files already inside (created before watching began).
     */
    private Set<String> registerTree(Path dir) throws IOException {
        Set<String> files = new TreeSet<>();
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        keys.put(register(dir), dir);
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.sorted().toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return files; // removed again meanwhile
        }
        for (Path child : children) {
            if (Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                files.addAll(registerTree(child));
            } else {
                files.add(source.relativize(child).toString().replace('\\', '/'));
            }
        }
        return files;
    }

    private WatchKey register(Path dir) throws IOException {
        return dir.register(
                watcher,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
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
