package nl.kennisbank.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists that steer the analysis, read from {@code data/zoeken/} (one entry per line, {@code #} comments).
 *
 * @param compoundParts  parts compounds are split into (longest match only)
 * @param protectedWords acronyms and names: neither stemmed nor split
 * @param stemOverrides  word to fixed stem, applied before the stemmer
 * @param extraStopWords stop words on top of Snowball's Dutch list
 * @param verbForms      verb form to its infinitive, stemmed in its place: helpt → helpen, so both meet at "help"
 */
public record SearchSettings(
        List<String> compoundParts,
        List<String> protectedWords,
        Map<String, String> stemOverrides,
        List<String> extraStopWords,
        Map<String, String> verbForms) {

    /** The settings of a site with the default layout ({@code data/zoeken} under {@code projectRoot}). */
    public static SearchSettings load(Path projectRoot) throws IOException {
        return fromFolder(projectRoot.resolve("data/zoeken"));
    }

    /** The settings in a site's {@code zoeken} folder (inside its data folder, wherever {@code data.folder} puts it). */
    public static SearchSettings fromFolder(Path dir) throws IOException {
        return new SearchSettings(
                compoundParts(dir),
                lines(dir.resolve("beschermd.txt")),
                pairs(dir.resolve("stamcorrecties.txt")),
                lines(dir.resolve("stopwoorden.txt")),
                pairs(dir.resolve("werkwoordsvormen.txt")));
    }

    /** Lines of two words: the first maps to the second. */
    private static Map<String, String> pairs(Path file) throws IOException {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] parts = line.split("\\s+");
            if (parts.length == 2) {
                pairs.put(parts[0], parts[1]);
            }
        }
        return pairs;
    }

    /** The domain list in Git plus the parts derived from the OpenTaal word list, without duplicates, sorted. */
    private static List<String> compoundParts(Path dir) throws IOException {
        java.util.TreeSet<String> parts = new java.util.TreeSet<>(lines(dir.resolve("samenstellingen.txt")));
        parts.addAll(lines(dir.resolve("opentaal-delen.txt")));
        return List.copyOf(parts);
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String clean = line.replaceFirst("#.*", "").strip();
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return out;
    }
}
