import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Derives compound parts from the OpenTaal word list, limited to the words of this site:
 * a part is kept when some word of the content splits into two OpenTaal words of at least five letters
 * (with an optional linking "s" or "en"), as kinderopvangtoeslag → kinderopvang + toeslag, and the part also
 * occurs on the site as a word of its own (which keeps out fragments such as "lende" from "ellende").
 *
 * <pre>java data/zoeken/DeriveCompoundParts.java /usr/share/dict/dutch content > data/zoeken/opentaal-delen.txt</pre>
 *
 * The word list is Debian's {@code wdutch} (OpenTaal, BSD or CC BY 3.0; see OPENTAAL-LICENTIE.txt).
 */
public class DeriveCompoundParts {

    private static final int MIN_PART = 5;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java DeriveCompoundParts.java <opentaal word list> <content folder>");
            System.exit(2);
        }
        Set<String> dictionary = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String word = fold(line.strip());
            if (word.matches("[a-z]{" + MIN_PART + ",}") && line.strip().equals(line.strip().toLowerCase())) {
                dictionary.add(word);
            }
        }
        Set<String> siteWords = new TreeSet<>();
        Set<String> standalone = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of(args[1]))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                for (String word : fold(Files.readString(file)).split("[^a-z]+")) {
                    standalone.add(word);
                    if (word.length() >= 2 * MIN_PART) {
                        siteWords.add(word);
                    }
                }
            }
        }
        Set<String> parts = new TreeSet<>();
        for (String word : siteWords) {
            for (int i = MIN_PART; i <= word.length() - MIN_PART; i++) {
                String head = word.substring(i);
                String modifier = base(word.substring(0, i), dictionary);
                if (modifier != null && dictionary.contains(head) && standalone.contains(modifier) && standalone.contains(head)) {
                    parts.add(modifier);
                    parts.add(head);
                }
            }
        }
        System.out.println("# Afgeleid uit de OpenTaal-woordenlijst (Debian-pakket wdutch), beperkt tot woorden van deze site.");
        System.out.println("# Licentie: BSD of CC BY 3.0, zie OPENTAAL-LICENTIE.txt. Opnieuw maken:");
        System.out.println("#   java data/zoeken/DeriveCompoundParts.java /usr/share/dict/dutch content > data/zoeken/opentaal-delen.txt");
        parts.forEach(System.out::println);
    }

    /** The modifier as a dictionary word, with a linking "s" or "en" removed if needed; null if none fits. */
    private static String base(String modifier, Set<String> dictionary) {
        for (String linked : new String[] {modifier, strip(modifier, "s"), strip(modifier, "en")}) {
            if (linked != null && linked.length() >= MIN_PART && dictionary.contains(linked)) {
                return linked;
            }
        }
        return null;
    }

    private static String strip(String word, String suffix) {
        return word.endsWith(suffix) ? word.substring(0, word.length() - suffix.length()) : null;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
