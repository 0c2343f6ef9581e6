package nl.kennisbank.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts the static search index in a folder named after its content ({@code zoeken/index/3f2a1b9c0d4e5f60/}) and
 * names that folder in {@code zoeken/index/meta.json} ({@code "map"}), the one index file that is never cached.
 * A visitor's browser therefore never combines shards of two builds: a new build's shards have new addresses.
 * The index writer hands over its files' bytes; the id is computed from them, and each file is written once,
 * straight into its folder, with its hash recorded for the manifest: nothing is read back or moved.
 */
public final class IndexFolder {

    /** Where the search index is in the site. */
    public static final String PATH = "zoeken/index/";

    public static final String META = "meta.json";
    private static final int ID_LENGTH = 16;

    private IndexFolder() {}

    /**
     * Writes every index file except {@code meta.json} into the build's folder, then {@code meta.json} naming it.
     *
     * @param files path relative to {@code zoeken/index/} ('/'-separated) → bytes, {@code meta.json} included
     * @return the build id, or empty when there is no search index (no {@code meta.json})
     */
    public static String write(Path site, Map<String, byte[]> files, WrittenFiles written) throws IOException {
        byte[] meta = files.get(META);
        if (meta == null) {
            return "";
        }
        String json = new String(meta, StandardCharsets.UTF_8).strip();
        if (!json.startsWith("{")) {
            throw new IOException("zoeken/index/meta.json is not a JSON object");
        }
        SortedMap<String, byte[]> shards = new TreeMap<>(files);
        shards.remove(META);
        String id = contentId(shards);
        String folder = PATH + id + "/";
        Set<Path> folders = new TreeSet<>(); // made first, one after another; the files then on all cores
        folders.add(site.resolve(folder));
        shards.keySet().forEach(name -> folders.add(site.resolve(folder + name).getParent()));
        for (Path f : folders) {
            Files.createDirectories(f);
        }
        try {
            shards.entrySet().parallelStream().forEach(e -> {
                try {
                    written.write(site, folder + e.getKey(), e.getValue());
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        String named = "{\"map\":\"" + id + "/\"," + json.substring(1) + "\n";
        written.write(site, PATH + META, named.getBytes(StandardCharsets.UTF_8));
        return id;
    }

    /**
     * A hash of every file's relative path and bytes, in path order: the same index gives the same id. (The same
     * digest as when the files were read back from {@code zoeken/index/}: path, 0, bytes, 0 for each file.)
     */
    static String contentId(SortedMap<String, byte[]> files) {
        MessageDigest digest = ContentHash.digest();
        for (var file : files.entrySet()) {
            digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.getValue());
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, ID_LENGTH);
    }
}
