package nl.kennisbank.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * In how many documents each folded word form occurs: lowercased, split on everything that is not a letter or digit,
 * folded to ASCII as the lexicon's words are. One quick scan over the texts (no analysis chain); "Bedoelde je"
 * and completions use it to prefer the form the site uses most ("schuldn" → schulden, not schuld).
 */
final class SurfaceFrequencies {

    private SurfaceFrequencies() {}

    static Map<String, Integer> of(List<SearchDocument> docs) {
        Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        docs.parallelStream().forEach(d -> {
            Set<String> words = new HashSet<>();
            collect(d.title(), words);
            d.headings().forEach(h -> collect(h, words));
            collect(d.summary(), words);
            d.tags().forEach(t -> collect(t, words));
            collect(d.body(), words);
            for (String w : words) {
                counts.computeIfAbsent(w, k -> new LongAdder()).increment();
            }
        });
        Map<String, Integer> out = new java.util.HashMap<>();
        counts.forEach((w, n) -> out.put(w, n.intValue()));
        return out;
    }

    static void collect(String text, Set<String> words) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                ascii &= text.charAt(i) < 128;
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                words.add(ascii ? word : folded(word));
            }
        }
    }

    private static String folded(String word) {
        char[] in = word.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }
}
