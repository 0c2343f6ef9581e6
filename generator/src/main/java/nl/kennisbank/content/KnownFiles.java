package nl.kennisbank.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.Problems;

/**
 * What the preview remembers of the Markdown files it read, so a save reads one file instead of the whole of
 * {@code content/}: a file whose size, modification time and file key (inode) are as they were, and that the
 * watcher did not name since, is not read and decoded again; its earlier result and problems are used. A build
 * uses {@link #none()}, which reads every file.
 */
public final class KnownFiles {

    /** What one read gave, with the file's attributes at that moment. */
    private record Known(long size, FileTime modified, Object key, Optional<SourceFile> file, List<Problem> problems) {}

    /** Reads one file, reporting its problems. */
    interface Reader {
        Optional<SourceFile> read(Problems problems) throws IOException;
    }

    private final boolean keep;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Set<String> named = ConcurrentHashMap.newKeySet();
    private final Set<String> relisted = ConcurrentHashMap.newKeySet();
    private volatile boolean watched;
    private java.util.NavigableMap<Path, ContentSources.Examined> listing;

    private KnownFiles(boolean keep) {
        this.keep = keep;
    }

    /** Remembers between walks (the preview). */
    public static KnownFiles remembering() {
        return new KnownFiles(true);
    }

    /** Remembers nothing: every walk reads every file. */
    public static KnownFiles none() {
        return new KnownFiles(false);
    }

    /**
     * Paths (relative to the site source, e.g. {@code content/x.md}) seen to change: read them again whatever their
     * attributes say. The next walk looks at every file of {@code content/}.
     */
    public void changed(Collection<String> paths) {
        if (keep) {
            named.addAll(paths);
            watched = false;
        }
    }

    /**
     * Every path (relative to the site source) the watcher saw change since the last walk, folders included; when
     * it dropped events, call {@link #forget()} as well. The next walk looks again only at these paths (one that is or
     * was a folder makes it walk all of {@code content/}), and takes every other file from the memory without looking
     * at its attributes.
     */
    public void watched(Collection<String> paths) {
        if (keep) {
            named.addAll(paths);
            relisted.addAll(paths);
            watched = true;
        }
    }

    /** Forgets every file. */
    public synchronized void forget() {
        known.clear();
        named.clear();
        relisted.clear();
        listing = null;
    }

    /** True when every change since the last walk was named by {@link #watched(Collection)}. */
    boolean watched() {
        return keep && watched;
    }

    /** The last walk's files as it took them, now no longer kept (null when there is none). */
    synchronized java.util.NavigableMap<Path, ContentSources.Examined> takeListing() {
        java.util.NavigableMap<Path, ContentSources.Examined> last = listing;
        listing = null;
        return last;
    }

    /** The paths named by {@link #watched(Collection)} since the last walk, now no longer kept. */
    synchronized Set<String> takeRelisted() {
        Set<String> paths = Set.copyOf(relisted);
        relisted.removeAll(paths);
        return paths;
    }

    /** Keeps a walk's files for the next walk (when the watcher names every change), or none. */
    synchronized void listed(java.util.NavigableMap<Path, ContentSources.Examined> files) {
        listing = keep ? files : null;
    }

    /** Keeps only the files in {@code present} (the others were deleted or renamed). */
    void retain(Set<String> present) {
        known.keySet().retainAll(present);
    }

    /**
     * @param trusted the watcher names every change: a file known and not named is taken as it was, without a
     *     look at its attributes
     */
    Optional<SourceFile> read(Path file, String path, boolean trusted, Problems problems, Reader reader)
            throws IOException {
        if (!keep) {
            return reader.read(problems);
        }
        Known old = known.get(path);
        boolean wasNamed = named.remove(path);
        if (trusted && old != null && !wasNamed) {
            problems.addAll(old.problems());
            return old.file();
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (old != null
                && !wasNamed
                && old.size() == attributes.size()
                && old.modified().equals(attributes.lastModifiedTime())
                && Objects.equals(old.key(), attributes.fileKey())) {
            problems.addAll(old.problems());
            return old.file();
        }
        Problems own = new Problems();
        Optional<SourceFile> read = reader.read(own);
        known.put(
                path,
                new Known(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey(), read, own.sorted()));
        problems.addAll(own.sorted());
        return read;
    }
}
