import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Proposes lines for werkwoordsvormen.txt: a word of the site that ends in -t and whose infinitive also occurs on
 * the site (helpt → helpen, vraagt → vragen, blijft → blijven, verwijst → verwijzen, herkent → herkennen), and
 * that the list does not have yet. Nouns can slip in (markt → marken?): check every line by hand before adding it.
 *
 * <pre>java data/zoeken/ProposeVerbForms.java content data/zoeken/werkwoordsvormen.txt</pre>
 */
public class ProposeVerbForms {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java ProposeVerbForms.java <content folder> <werkwoordsvormen.txt>");
            System.exit(2);
        }
        Set<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                for (String word : fold(Files.readString(file, StandardCharsets.UTF_8)).split("[^a-z]+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
        }
        Set<String> listed = new TreeSet<>();
        Path list = Path.of(args[1]);
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    listed.add(line.split("\\s+")[0]);
                }
            }
        }
        Map<String, String> proposals = new TreeMap<>();
        for (String word : words) {
            // -eert forms (signaleert) the chain already puts back in the infinitive itself
            if (word.length() < 4 || !word.endsWith("t") || word.endsWith("dt") || word.endsWith("eert") || listed.contains(word)) {
                continue;
            }
            for (String infinitive : infinitives(word.substring(0, word.length() - 1))) {
                if (words.contains(infinitive)) {
                    proposals.put(word, infinitive);
                    break;
                }
            }
        }
        proposals.forEach((form, infinitive) -> System.out.println(form + "\t" + infinitive));
    }

    /** Infinitives a verb stem can have: werk → werken, vraag → vragen, blijf → blijven, wijs → wijzen, ken → kennen. */
    static List<String> infinitives(String stem) {
        List<String> out = new ArrayList<>();
        out.add(stem + "en");
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 2) == stem.charAt(n - 3) && "aeou".indexOf(stem.charAt(n - 2)) >= 0) {
            out.add(stem.substring(0, n - 2) + stem.charAt(n - 1) + "en");
        }
        if (stem.endsWith("f")) {
            out.add(stem.substring(0, n - 1) + "ven");
        }
        if (stem.endsWith("s")) {
            out.add(stem.substring(0, n - 1) + "zen");
        }
        if ("aeiou".indexOf(stem.charAt(n - 1)) < 0) {
            out.add(stem + stem.charAt(n - 1) + "en");
        }
        return out;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
