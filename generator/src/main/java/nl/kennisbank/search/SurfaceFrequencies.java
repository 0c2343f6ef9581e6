package nl.kennisbank.search;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * In how many documents each of some folded word forms occurs: lowercased, split on everything that is not a letter or
 * digit, folded to ASCII as the lexicon's words are. One quick scan over the texts (no analysis chain); "Bedoelde je"
 * and completions use it to prefer the form the site uses most ("schuldn" → schulden, not schuld).
 *
 * <p>The scan makes no string for a word made of ASCII letters and digits, by far the most common kind: it lowercases
 * the word into a buffer and looks the characters up (issue 13: a string and two hash lookups per word of the site
 * were a twentieth of writing the index at 5,000 documents).
 */
final class SurfaceFrequencies {

    private SurfaceFrequencies() {}

    /**
     * The document counts of these word forms (the index needs them only for the forms of a term that several words
     * stand for); a form no document uses is left out.
     */
    static Map<String, Integer> of(List<SearchDocument> docs, Set<String> forms) {
        String[] byOrdinal = forms.toArray(String[]::new);
        CharArrayMap<Integer> ordinals = new CharArrayMap<>(byOrdinal.length, false);
        for (int i = 0; i < byOrdinal.length; i++) {
            ordinals.put(byOrdinal[i], i);
        }
        AtomicIntegerArray counts = new AtomicIntegerArray(byOrdinal.length);
        docs.parallelStream().forEach(d -> {
            Scan scan = new Scan(ordinals);
            scan.text(d.title());
            d.headings().forEach(scan::text);
            scan.text(d.summary());
            d.tags().forEach(scan::text);
            scan.text(d.body());
            scan.seen.stream().forEach(counts::incrementAndGet);
        });
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < byOrdinal.length; i++) {
            if (counts.get(i) > 0) {
                out.put(byOrdinal[i], counts.get(i));
            }
        }
        return out;
    }

    /** One document's scan: the ordinals of the forms it uses. */
    private static final class Scan {
        private final CharArrayMap<Integer> ordinals;
        private final BitSet seen = new BitSet();
        private char[] lower = new char[32];

        Scan(CharArrayMap<Integer> ordinals) {
            this.ordinals = ordinals;
        }

        void text(String text) {
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
                    Integer ordinal = ascii ? asciiWord(text, start, i) : ordinals.get(folded(text, start, i));
                    if (ordinal != null) {
                        seen.set(ordinal);
                    }
                }
            }
        }

        /** The ordinal of an ASCII word, lowercased as {@code toLowerCase(Locale.ROOT)} does, without a string. */
        private Integer asciiWord(String text, int start, int end) {
            int length = end - start;
            if (lower.length < length) {
                lower = new char[length];
            }
            for (int k = 0; k < length; k++) {
                char c = text.charAt(start + k);
                lower[k] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
            return ordinals.get(lower, 0, length);
        }
    }

    private static String folded(String text, int start, int end) {
        char[] in = text.substring(start, end).toLowerCase(Locale.ROOT).toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }
}
