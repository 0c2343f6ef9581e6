package nl.kennisbank.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Puts the static search index in a folder named after its content ({@code zoeken/index/3f2a1b9c0d4e5f60/}) and
 * names that folder in {@code zoeken/index/meta.json} ({@code "map"}), the one index file that is never cached.
 * A visitor's browser therefore never combines shards of two builds: a new build's shards have new addresses.
 * The index writer itself writes into {@code zoeken/index/} as before; sealing moves its files afterwards.
 */
public final class IndexFolder {

    /** Where the search index is in the site. */
    public static final String PATH = "zoeken/index/";

    public static final String META = "meta.json";
    private static final int ID_LENGTH = 16;

    private IndexFolder() {}

    /**
     * Moves every index file except {@code meta.json} into the build's folder and names it in {@code meta.json}.
     *
     * @return the build id, or empty when the site has no search index
     */
    public static String seal(Path site) throws IOException {
        Path index = site.resolve(PATH);
        Path meta = index.resolve(META);
        if (!Files.isRegularFile(meta)) {
            return "";
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(index)) {
            entries = list.filter(p -> !p.getFileName().toString().equals(META))
                    .sorted()
                    .toList();
        }
        String id = contentId(index, entries);
        Path folder = Files.createDirectory(index.resolve(id));
        for (Path entry : entries) {
            Files.move(entry, folder.resolve(entry.getFileName()));
        }
        String json = Files.readString(meta, StandardCharsets.UTF_8).strip();
        if (!json.startsWith("{")) {
            throw new IOException("zoeken/index/meta.json is not a JSON object");
        }
        Files.writeString(meta, "{\"map\":\"" + id + "/\"," + json.substring(1) + "\n", StandardCharsets.UTF_8);
        return id;
    }

    /** Files read at once while hashing: read on all cores, hashed in path order. */
    private static final int READ_BATCH = 512;

    /** A hash of every file's relative path and bytes, in path order: the same index gives the same id. */
    private static String contentId(Path index, List<Path> entries) throws IOException {
        TreeMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = entries.stream().flatMap(IndexFolder::walk)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.put(relative(index, file), file));
        }
        MessageDigest digest = ContentHash.digest();
        List<Map.Entry<String, Path>> ordered = List.copyOf(files.entrySet());
        for (int from = 0; from < ordered.size(); from += READ_BATCH) {
            List<Map.Entry<String, Path>> batch = ordered.subList(from, Math.min(ordered.size(), from + READ_BATCH));
            List<byte[]> contents = batch.parallelStream()
                    .map(e -> {
                        try {
                            return Files.readAllBytes(e.getValue());
                        } catch (IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    })
                    .toList();
            for (int i = 0; i < batch.size(); i++) {
                digest.update(batch.get(i).getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(contents.get(i));
                digest.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, ID_LENGTH);
    }

    private static Stream<Path> walk(Path path) {
        try {
            return Files.walk(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String relative(Path index, Path file) {
        return index.relativize(file).toString().replace('\\', '/');
    }
}
