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

    /** Every word form's document count. */
    static Map<String, Integer> of(List<SearchDocument> docs) {
        return of(docs, null);
    }

    /**
     * The document counts of these word forms only (all when {@code only} is null): the index needs them only for the
     * forms of a term that several words stand for, and counting every form of the site cost a tenth of writing it.
     */
    static Map<String, Integer> of(List<SearchDocument> docs, Set<String> only) {
        Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        if (only != null) {
            only.forEach(w -> counts.put(w, new LongAdder()));
        }
        docs.parallelStream().forEach(d -> {
            Set<String> words = new HashSet<>();
            collect(d.title(), words, only);
            d.headings().forEach(h -> collect(h, words, only));
            collect(d.summary(), words, only);
            d.tags().forEach(t -> collect(t, words, only));
            collect(d.body(), words, only);
            for (String w : words) {
                (only == null ? counts.computeIfAbsent(w, k -> new LongAdder()) : counts.get(w)).increment();
            }
        });
        Map<String, Integer> out = new java.util.HashMap<>();
        counts.forEach((w, n) -> {
            if (n.intValue() > 0) {
                out.put(w, n.intValue());
            }
        });
        return out;
    }

    static void collect(String text, Set<String> words) {
        collect(text, words, null);
    }

    private static void collect(String text, Set<String> words, Set<String> only) {
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
                String form = ascii ? word : folded(word);
                if (only == null || only.contains(form)) {
                    words.add(form);
                }
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
