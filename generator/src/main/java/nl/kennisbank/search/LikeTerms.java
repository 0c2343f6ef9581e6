package nl.kennisbank.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.similarities.ClassicSimilarity;

/**
 * Each practice's more-like-this words, chosen as Lucene's MoreLikeThis chooses them (a document's words by tf·idf,
 * words on too few or too many pages left out, the best {@code maxTerms}), and each such word's practices with the
 * BM25 score a {@code TermQuery} on it gives them. Built in one pass over the postings of title, summary, tags and
 * body, instead of reading every document's term vectors and running a query over the whole index per practice.
 * Ties at the cut-off go to the field, then the word, that sorts first, so the choice never depends on hash order.
 * Immutable once built.
 */
final class LikeTerms {

    /** A word of the document, in a field, with its tf·idf. */
    record Candidate(String field, String term, float score) {}

    /** A word that some practice may choose: its text, and the practices that contain it with their BM25 scores. */
    record Word(String text, int[] practices, float[] scores) {}

    /** Alphabetical, so a lower field rank is the one MoreLikeThis-style ties prefer. */
    private static final List<String> FIELDS = List.of(Fields.BODY, Fields.SUMMARY, Fields.TAGS, Fields.TITLE);

    private final int maxTerms;
    private final int[] slotOf;
    private final long[] keys;
    private final float[] best;
    private final int[] sizes;
    private final List<List<Word>> words = new ArrayList<>();

    /**
     * @param practice      which ordinals are practices (the only documents that get or can be related words)
     * @param minDocFreq    words on fewer pages are left out
     * @param maxDocFreqPct words on more than this share of pages are left out
     * @param maxTerms      the number of words per practice
     */
    LikeTerms(LuceneIndex index, boolean[] practice, int minDocFreq, int maxDocFreqPct, int maxTerms)
            throws IOException {
        this.maxTerms = maxTerms;
        this.slotOf = new int[practice.length];
        int slots = 0;
        for (int i = 0; i < practice.length; i++) {
            slotOf[i] = practice[i] ? slots++ : -1;
        }
        this.keys = new long[slots * maxTerms];
        this.best = new float[slots * maxTerms];
        this.sizes = new int[slots];
        int maxDocFreq = Math.toIntExact((long) maxDocFreqPct * index.reader().maxDoc() / 100);
        ClassicSimilarity tfIdf = new ClassicSimilarity();
        for (int f = 0; f < FIELDS.size(); f++) {
            String field = FIELDS.get(f);
            long docCount = index.reader().getDocCount(field);
            List<Word> fieldWords = new ArrayList<>();
            words.add(fieldWords);
            long fieldKey = (long) f << 32;
            FieldScan.scan(index, field, 1f, (term, stats) -> {
                long docFreq = stats.docFreq();
                if (docFreq < minDocFreq || docFreq > maxDocFreq) {
                    return null;
                }
                float idf = tfIdf.idf(docFreq, docCount);
                long key = fieldKey | fieldWords.size();
                String text = term.utf8ToString();
                ScoredDocs g = new ScoredDocs(Math.toIntExact(docFreq));
                fieldWords.add(null);
                return new FieldScan.PostingVisitor() {
                    @Override
                    public void posting(int ordinal, int freq, float score) {
                        int slot = slotOf[ordinal];
                        if (slot >= 0) {
                            offer(slot, key, freq * idf);
                            g.add(ordinal, score);
                        }
                    }

                    @Override
                    public void end() {
                        if (g.size > 0) {
                            fieldWords.set((int) key, new Word(text, g.trimmedDocs(), g.trimmedScores()));
                        }
                    }
                };
            });
        }
    }

    /** The chosen words of practice {@code ordinal}, strongest first; empty for a document that is no practice. */
    List<Word> words(int ordinal) {
        int slot = slotOf[ordinal];
        if (slot < 0) {
            return List.of();
        }
        List<Word> chosen = new ArrayList<>(sizes[slot]);
        for (long key : sortedKeys(slot)) {
            chosen.add(word(key));
        }
        return chosen;
    }

    /** The same words with their field and tf·idf, strongest first: what a more-like-this query of the practice holds. */
    List<Candidate> chosen(int ordinal) {
        int slot = slotOf[ordinal];
        if (slot < 0) {
            return List.of();
        }
        int base = slot * maxTerms;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sizes[slot]; i++) {
            order.add(base + i);
        }
        order.sort((a, b) ->
                weaker(best[a], keys[a], best[b], keys[b]) ? 1 : weaker(best[b], keys[b], best[a], keys[a]) ? -1 : 0);
        return order.stream()
                .map(i -> new Candidate(
                        FIELDS.get((int) (keys[i] >>> 32)), word(keys[i]).text(), best[i]))
                .toList();
    }

    private long[] sortedKeys(int slot) {
        long[] sorted = Arrays.copyOfRange(keys, slot * maxTerms, slot * maxTerms + sizes[slot]);
        Arrays.sort(sorted); // the order of a practice's words does not change the sum of their scores
        return sorted;
    }

    private Word word(long key) {
        return words.get((int) (key >>> 32)).get((int) key);
    }

    /** Keeps the practice's {@code maxTerms} strongest words in a min-heap (weakest on top). */
    private void offer(int slot, long key, float score) {
        int base = slot * maxTerms;
        int size = sizes[slot];
        if (size < maxTerms) {
            keys[base + size] = key;
            best[base + size] = score;
            sizes[slot] = size + 1;
            up(base, size);
        } else if (weaker(best[base], keys[base], score, key)) {
            keys[base] = key;
            best[base] = score;
            down(base, size);
        }
    }

    private static boolean weaker(float score, long key, float otherScore, long otherKey) {
        return score < otherScore || (score == otherScore && key > otherKey);
    }

    private void up(int base, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!weaker(best[base + i], keys[base + i], best[base + parent], keys[base + parent])) {
                return;
            }
            swap(base + i, base + parent);
            i = parent;
        }
    }

    private void down(int base, int size) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size
                    && weaker(best[base + child + 1], keys[base + child + 1], best[base + child], keys[base + child])) {
                child++;
            }
            if (!weaker(best[base + child], keys[base + child], best[base + i], keys[base + i])) {
                return;
            }
            swap(base + i, base + child);
            i = child;
        }
    }

    private void swap(int a, int b) {
        long k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
        float s = best[a];
        best[a] = best[b];
        best[b] = s;
    }
}
