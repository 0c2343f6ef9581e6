package nl.kennisbank.search;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Makes the held-out list of word pairs ({@code src/test/resources/zoeken/woordparen.tsv}) without looking at the
 * search: OpenTaal's Hunspell dictionary (Debian {@code hunspell-nl}) names the root of every word of the site and of
 * the word list; a pair is a word the site does not have and a site word with the same root, one pair per root,
 * chosen by a hash of the root, both words beginning alike (a separable verb's other prefix makes another word). The category comes from the spelling alone. The search never reads Hunspell.
 *
 * <p>Usage: {@code WordPairsMaker siteLexiconFolder wordList hunspellBase out.tsv}, e.g.
 * {@code … /tmp/site/zoeken/index/<map>/lex /usr/share/dict/dutch /usr/share/hunspell/nl out.tsv}
 */
public final class WordPairsMaker {

    private static final Pattern WORD = Pattern.compile("[a-z]{3,}");
    private static final Pattern JSON_KEY = Pattern.compile("\"([a-z]+)\":\\[");
    private static final int PER_CATEGORY = 70;

    private WordPairsMaker() {}

    public static void main(String[] args) throws Exception {
        Set<String> site = new TreeSet<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.sorted().toList()) {
                String json = Files.readString(f, StandardCharsets.UTF_8);
                String words = json.substring(0, json.indexOf(",\"t\":"));
                var m = JSON_KEY.matcher(words);
                while (m.find()) {
                    site.add(m.group(1));
                }
            }
        }
        Hunspell hunspell;
        try (InputStream aff = Files.newInputStream(Path.of(args[2] + ".aff"));
                InputStream dic = Files.newInputStream(Path.of(args[2] + ".dic"))) {
            hunspell = new Hunspell(new Dictionary(new ByteBuffersDirectory(), "nl", aff, dic));
        }
        Map<String, Set<String>> siteByRoot = new TreeMap<>();
        for (String w : site) {
            if (WORD.matcher(w).matches()) {
                for (String root : hunspell.getRoots(w)) {
                    siteByRoot.computeIfAbsent(root, r -> new TreeSet<>()).add(w);
                }
            }
        }
        Map<String, Set<String>> otherByRoot = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String w = line.strip();
            if (WORD.matcher(w).matches() && !site.contains(w)) {
                for (String root : hunspell.getRoots(w)) {
                    if (siteByRoot.containsKey(root)) {
                        otherByRoot.computeIfAbsent(root, r -> new TreeSet<>()).add(w);
                    }
                }
            }
        }
        Map<String, List<String>> byCategory = new TreeMap<>();
        List<String> roots = new ArrayList<>(otherByRoot.keySet());
        roots.sort((a, b) -> Integer.compare(mix(a), mix(b)));
        for (String root : roots) {
            List<String> others = List.copyOf(otherByRoot.get(root));
            List<String> sites = List.copyOf(siteByRoot.get(root));
            String x = others.get(Math.floorMod(mix(root + "x"), others.size()));
            String y = sites.get(Math.floorMod(mix(root + "y"), sites.size()));
            if (!sameStart(x, y)) {
                continue; // a separable verb's other prefix (afwerkten, werken) is another word, not a form of it
            }
            String category = category(x, y);
            List<String> list = byCategory.computeIfAbsent(category, c -> new ArrayList<>());
            if (list.size() < PER_CATEGORY) {
                list.add(x + "\t" + y + "\t" + category + "\t" + root);
            }
        }
        StringBuilder out = new StringBuilder("""
                # Held-out word pairs for search: a form the example site does not have, a site word with the same root.
                # Made by WordPairsMaker from OpenTaal's Hunspell roots (hunspell-nl 2.20.19) over /usr/share/dict/dutch;
                # nobody tuned the search on them. Columns: query form, site form, category, Hunspell root.
                """);
        byCategory.values().forEach(list -> list.forEach(l -> out.append(l).append('\n')));
        Files.writeString(Path.of(args[3]), out, StandardCharsets.UTF_8);
        byCategory.forEach((c, l) -> System.out.println(c + " " + l.size()));
    }

    /** A fixed hash (not String.hashCode's clustering for similar words), so the choice is reproducible and spread. */
    private static int mix(String s) {
        int h = 0x9747b28c;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x5bd1e995;
            h ^= h >>> 15;
        }
        return h;
    }

    /** Whether the two words begin alike: their first three letters, a participle's ge- aside. */
    static boolean sameStart(String x, String y) {
        return start(x, 0).equals(start(y, 0))
                || x.startsWith("ge") && start(x, 2).equals(start(y, 0))
                || y.startsWith("ge") && start(y, 2).equals(start(x, 0));
    }

    private static String start(String w, int from) {
        return w.length() >= from + 3 ? w.substring(from, from + 3) : w;
    }

    /** From the spelling of the pair alone. */
    static String category(String x, String y) {
        if (isDiminutive(x) != isDiminutive(y)) {
            return "verkleinwoord";
        }
        if (isVerbForm(x) || isVerbForm(y)) {
            return "werkwoord";
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        if (longer.matches(".*(en|s|'s|n|eren|ers)") && longer.length() - shorter.length() <= 4) {
            return "meervoud";
        }
        return "overig";
    }

    private static boolean isDiminutive(String w) {
        return w.matches(".*(je|jes)");
    }

    private static boolean isVerbForm(String w) {
        return w.matches("ge.*(d|t|en)") || w.matches(".*(te|ten|de|den|end|ende|t)");
    }
}
