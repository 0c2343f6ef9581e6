package nl.kennisbank.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * "Gerelateerde praktijkvoorbeelden" at build time: for each practice, the practices that score highest on its
 * more-like-this words ({@link LikeTerms}: title, summary, tags and body), as Lucene scores the query of those words
 * (BM25, one optional clause per word: the sum of the words' term scores), ties broken by ordinal. The scores are
 * summed from the words' postings, read once for the whole site, instead of running that query over the whole index
 * for every practice; only practices are scored, as only practices are chosen.
 */
final class RelatedPractices {

    /** Words on more than this share of pages say nothing about what a page is about. */
    static final int MAX_DOC_FREQ_PCT = 30;
    /** Words on a single page connect it to nothing. */
    static final int MIN_DOC_FREQ = 2;

    static final int MAX_QUERY_TERMS = 25;
    /** Practices per task: each task sums scores in its own array. */
    private static final int CHUNK = 64;

    private RelatedPractices() {}

    static Map<String, List<String>> find(LuceneIndex index, List<SearchDocument> docs, int max) throws IOException {
        boolean[] practice = new boolean[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            practice[i] = isPractice(docs.get(i));
        }
        LikeTerms like = new LikeTerms(index, practice, MIN_DOC_FREQ, MAX_DOC_FREQ_PCT, MAX_QUERY_TERMS);
        int[] practices =
                IntStream.range(0, docs.size()).filter(i -> practice[i]).toArray();
        int chunks = (practices.length + CHUNK - 1) / CHUNK;
        // results are collected by chunk index, never in the order tasks finish
        List<int[][]> found = IntStream.range(0, chunks)
                .parallel()
                .mapToObj(c -> {
                    Sums sums = new Sums(docs.size());
                    int from = c * CHUNK;
                    int to = Math.min(practices.length, from + CHUNK);
                    int[][] chunk = new int[to - from][];
                    for (int k = from; k < to; k++) {
                        chunk[k - from] = sums.best(practices[k], like.words(practices[k]), max);
                    }
                    return chunk;
                })
                .toList();
        Map<String, List<String>> related = new LinkedHashMap<>();
        int k = 0;
        for (int[][] chunk : found) {
            for (int[] best : chunk) {
                List<String> ids = new ArrayList<>(best.length);
                for (int ordinal : best) {
                    ids.add(docs.get(ordinal).id());
                }
                related.put(docs.get(practices[k++]).id(), ids);
            }
        }
        return related;
    }

    static boolean isPractice(SearchDocument doc) {
        return "praktijkvoorbeeld".equals(doc.type());
    }

    /** One task's score accumulator: a sum per ordinal, and which ordinals it touched. */
    private static final class Sums {
        private final double[] sum;
        private final int[] touched;
        private int count;

        Sums(int docs) {
            sum = new double[docs];
            touched = new int[docs];
        }

        /**
         * The {@code max} practices other than {@code self} with the highest summed score, then lowest ordinal.
         * Sums are taken in double and rounded to float once, as Lucene's disjunction scorers do; a sum of at most
         * a few dozen term scores of similar size is exact in double, so the order of the words does not matter.
         */
        int[] best(int self, List<LikeTerms.Word> words, int max) {
            for (LikeTerms.Word w : words) {
                int[] practices = w.practices();
                float[] scores = w.scores();
                for (int i = 0; i < practices.length; i++) {
                    int p = practices[i];
                    if (sum[p] == 0) {
                        touched[count++] = p;
                    }
                    sum[p] += scores[i];
                }
            }
            int[] top = new int[max];
            float[] topScore = new float[max];
            int size = 0;
            for (int t = 0; t < count; t++) {
                int p = touched[t];
                float score = (float) sum[p];
                sum[p] = 0;
                if (p == self) {
                    continue;
                }
                int at = size;
                while (at > 0 && (score > topScore[at - 1] || (score == topScore[at - 1] && p < top[at - 1]))) {
                    at--;
                }
                if (at < max) {
                    int move = Math.min(size, max - 1) - at;
                    System.arraycopy(top, at, top, at + 1, move);
                    System.arraycopy(topScore, at, topScore, at + 1, move);
                    top[at] = p;
                    topScore[at] = score;
                    size = Math.min(size + 1, max);
                }
            }
            count = 0;
            return java.util.Arrays.copyOf(top, size);
        }
    }
}
