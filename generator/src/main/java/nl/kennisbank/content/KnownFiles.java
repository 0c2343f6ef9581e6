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

    /** Paths (relative to the site source, e.g. {@code content/x.md}) the watcher saw change: read them again whatever their attributes say. */
    public void changed(Collection<String> paths) {
        if (keep) {
            named.addAll(paths);
        }
    }

    /** Forgets every file. */
    public void forget() {
        known.clear();
        named.clear();
    }

    /** Keeps only the files in {@code present} (the others were deleted or renamed). */
    void retain(Set<String> present) {
        known.keySet().retainAll(present);
    }

    Optional<SourceFile> read(Path file, String path, Problems problems, Reader reader) throws IOException {
        if (!keep) {
            return reader.read(problems);
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Known old = known.get(path);
        boolean wasNamed = named.remove(path);
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
