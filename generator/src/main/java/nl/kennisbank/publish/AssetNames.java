package nl.kennisbank.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Content-hashed names for the site's stylesheets and scripts ({@code css/site.css} → {@code css/site.3f2a1b9c0d.css}),
 * so a host may cache them for a year: a changed file gets a new name. A script that imports a sibling module
 * ({@code import … from './zoekmachine.js'}) imports the hashed name in its hashed copy, so the name of the importer
 * changes with what it imports. Scripts also stay under their own name, for pages elsewhere that embed the search
 * engine ({@code /js/zoekmachine.js}); stylesheets only under the hashed one. Scripts are published compacted
 * (without comments and indentation, {@link CompactScript}) under both names.
 */
public final class AssetNames {

    private static final int HASH_LENGTH = 10;

    /** One fingerprinted file: its name in the site and its bytes (imports rewritten). */
    public record Fingerprinted(String published, byte[] content) {}

    private final Map<String, Fingerprinted> files;

    private AssetNames(Map<String, Fingerprinted> files) {
        this.files = files;
    }

    /** No fingerprinting (a plain JBake site, whose templates name their own files). */
    public static AssetNames none() {
        return new AssetNames(Map.of());
    }

    /** Fingerprints every {@code .css} and {@code .js} file in the assets folder. */
    public static AssetNames of(Path assetFolder) throws IOException {
        Map<String, byte[]> sources = new TreeMap<>();
        if (Files.isDirectory(assetFolder)) {
            try (Stream<Path> walk = Files.walk(assetFolder)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = assetFolder.relativize(file).toString().replace('\\', '/');
                    if ((rel.endsWith(".css") || rel.endsWith(".js")) && !rel.startsWith(".") && !rel.contains("/.")) {
                        byte[] content = Files.readAllBytes(file);
                        sources.put(rel, rel.endsWith(".js") ? compact(content) : content);
                    }
                }
            }
        }
        Map<String, Fingerprinted> done = new TreeMap<>();
        for (String rel : sources.keySet()) {
            fingerprint(rel, sources, done, new HashSet<>());
        }
        return new AssetNames(Map.copyOf(done));
    }

    private static Fingerprinted fingerprint(
            String rel, Map<String, byte[]> sources, Map<String, Fingerprinted> done, Set<String> visiting) {
        Fingerprinted known = done.get(rel);
        if (known != null) {
            return known;
        }
        byte[] content = sources.get(rel);
        if (rel.endsWith(".js") && visiting.add(rel)) {
            String text = new String(content, StandardCharsets.UTF_8);
            String folder = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/') + 1) : "";
            for (String other : sources.keySet()) {
                String name = other.substring(folder.length());
                if (!other.equals(rel)
                        && other.endsWith(".js")
                        && other.startsWith(folder)
                        && !name.contains("/")
                        && (text.contains("'./" + name + "'") || text.contains("\"./" + name + "\""))) {
                    String hashed =
                            fileName(fingerprint(other, sources, done, visiting).published());
                    text = text.replace("'./" + name + "'", "'./" + hashed + "'")
                            .replace("\"./" + name + "\"", "\"./" + hashed + "\"");
                }
            }
            content = text.getBytes(StandardCharsets.UTF_8);
        }
        int dot = rel.lastIndexOf('.');
        String published =
                rel.substring(0, dot) + "." + ContentHash.of(content).substring(0, HASH_LENGTH) + rel.substring(dot);
        Fingerprinted result = new Fingerprinted(published, content);
        done.put(rel, result);
        return result;
    }

    /**
     * The script compacted, or as written when {@link CompactScript} cannot read it (a comment, string or template
     * literal left open in a site owner's own script): the browser then reports the mistake where it is, and the
     * build never stops on a script.
     */
    private static byte[] compact(byte[] script) {
        try {
            return CompactScript.of(new String(script, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unreadable) {
            return script;
        }
    }

    /**
     * The bytes of an asset kept under its own name as well (a script, compacted: {@link CompactScript}), or null
     * when the asset is copied as it is.
     */
    public byte[] original(Path assetFolder, String rel) throws IOException {
        return files.containsKey(rel) && rel.endsWith(".js")
                ? compact(Files.readAllBytes(assetFolder.resolve(rel)))
                : null;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The name pages use for an asset: its hashed name, or the name itself when it is not fingerprinted. */
    public String published(String rel) {
        Fingerprinted f = files.get(rel);
        return f == null ? rel : f.published();
    }

    /** Asset path → published path, for templates ({@code site.assets['css/site.css']}). */
    public Map<String, String> asMap() {
        Map<String, String> map = new TreeMap<>();
        files.forEach((rel, f) -> map.put(rel, f.published()));
        return map;
    }

    /** True when the copy under the asset's own name is left out of the site (stylesheets). */
    public boolean replacesOriginal(String rel) {
        return files.containsKey(rel) && rel.endsWith(".css");
    }

    /** Assets that stay under their own name as well (scripts, for embedding), sorted: to be revalidated on use. */
    public List<String> keptOriginals() {
        return files.keySet().stream()
                .filter(rel -> !replacesOriginal(rel))
                .sorted()
                .toList();
    }

    /** The hashed files' names in the site, sorted: these never change, a host may cache them for good. */
    public List<String> immutable() {
        List<String> names = new ArrayList<>();
        files.values().forEach(f -> names.add(f.published()));
        names.sort(null);
        return names;
    }

    /** Writes the hashed copies into the site. @return how many */
    public int write(Path site, WrittenFiles written) throws IOException {
        for (Fingerprinted f : new TreeMap<>(files).values()) {
            written.writeMakingFolder(site, f.published(), f.content());
        }
        return files.size();
    }
}
