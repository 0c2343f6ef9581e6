package nl.kennisbank.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every file of a built site with its SHA-256, in {@code manifest.txt} at the site's root, in the format of
 * {@code sha256sum} (so {@code sha256sum -c manifest.txt} checks a published copy). Two manifests compared give
 * what a build adds, changes and removes ({@link ManifestDiff}).
 *
 * @param files site path → hash, sorted by path
 */
public record Manifest(SortedMap<String, String> files) {

    public static final String FILE = "manifest.txt";

    public Manifest {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The manifest of a built site, every file read and hashed; the generator's marker file and the manifest itself are left out. */
    public static Manifest of(Path site, String... leftOut) throws IOException {
        return of(site, new WrittenFiles(), leftOut);
    }

    /**
     * The manifest of a built site from the hashes its writers recorded ({@link WrittenFiles}); only a file they did
     * not record (or whose size changed since) is read and hashed. The marker file and the manifest are left out.
     */
    public static Manifest of(Path site, WrittenFiles written, String... leftOut) throws IOException {
        java.util.Set<String> skip = new java.util.HashSet<>(java.util.List.of(leftOut));
        skip.add(FILE);
        Map<String, Path> paths = new TreeMap<>();
        Map<String, Long> sizes = new java.util.HashMap<>();
        Files.walkFileTree(site, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                if (a.isRegularFile() || (a.isSymbolicLink() && Files.isRegularFile(file))) {
                    String rel = site.relativize(file).toString().replace('\\', '/');
                    paths.put(rel, file);
                    sizes.put(rel, a.isRegularFile() ? a.size() : -1); // a link is read: nobody recorded it
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        paths.keySet().removeAll(skip);
        Map<String, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();
        paths.entrySet().parallelStream().forEach(e -> {
            String recorded = written.sha256(e.getKey(), sizes.get(e.getKey()));
            hashes.put(e.getKey(), recorded != null ? recorded : ContentHash.of(e.getValue()));
        });
        return new Manifest(new TreeMap<>(hashes));
    }

    /** Writes {@code manifest.txt} into the site. */
    public void write(Path site) throws IOException {
        StringBuilder text = new StringBuilder();
        files.forEach(
                (path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        Files.writeString(site.resolve(FILE), text, StandardCharsets.UTF_8);
    }

    /**
     * Reads a manifest file.
     *
     * @throws IllegalArgumentException with a Dutch message naming the line when the file is not a manifest
     */
    public static Manifest read(Path file) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            int gap = line.indexOf("  ");
            if (gap != 64 || !line.substring(0, 64).matches("[0-9a-f]{64}") || line.length() == 66) {
                throw new IllegalArgumentException(
                        file + ":" + number
                                + ":1: dit is geen regel van een manifest (verwacht: een SHA-256-hash, twee spaties en een pad). Geef het manifest.txt van een gebouwde site.");
            }
            files.put(line.substring(66), line.substring(0, 64));
        }
        return new Manifest(files);
    }
}
