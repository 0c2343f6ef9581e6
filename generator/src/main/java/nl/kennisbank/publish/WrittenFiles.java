package nl.kennisbank.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files a build wrote into its staging folder, each with the SHA-256 of the bytes written, recorded by the
 * writers as they write (pages, search index, static files), so that the manifest need not read the site back
 * ({@link Manifest#of(Path, WrittenFiles, String...)}). A file nobody recorded is hashed by reading it, and so is a
 * recorded file whose size on disk is not the size recorded (written over by a writer that did not record).
 * Thread-safe: pages and index files are written on all cores. One per build, passed down; never shared.
 */
public final class WrittenFiles {

    private record Written(long size, String sha256) {}

    private final Map<String, Written> files = new ConcurrentHashMap<>();

    /**
     * Records the bytes just written to a file.
     *
     * @param path relative to the site's root, with '/'
     */
    public void record(String path, byte[] bytes) {
        files.put(path, new Written(bytes.length, ContentHash.of(bytes)));
    }

    /** Writes the bytes to {@code path} in the site (its folder must exist) and records them. */
    public void write(Path site, String path, byte[] bytes, OpenOption... options) throws IOException {
        Files.write(site.resolve(path), bytes, options);
        record(path, bytes);
    }

    /** As {@link #write}, making the file's folder first when it is not there yet. */
    public void writeMakingFolder(Path site, String path, byte[] bytes, OpenOption... options) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        write(site, path, bytes, options);
    }

    /**
     * Copies a file to {@code path} in the site (making its folder when needed) as a stream, hashing the bytes on the way, and
     * records them: a static file of any size is never held whole.
     */
    public void copy(Path from, Path site, String path, OpenOption... options) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        MessageDigest digest = ContentHash.digest();
        long size;
        try (InputStream in = Files.newInputStream(from);
                OutputStream out = new DigestOutputStream(Files.newOutputStream(site.resolve(path), options), digest)) {
            size = in.transferTo(out);
        }
        files.put(path, new Written(size, HexFormat.of().formatHex(digest.digest())));
    }

    /** The recorded SHA-256 of a file, or null when nobody recorded it or the file now has another size. */
    String sha256(String path, long size) {
        Written written = files.get(path);
        return written != null && written.size() == size ? written.sha256() : null;
    }
}
