package nl.kennisbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.search.IndexSearcher;

/**
 * Every term's score in every document, as Lucene's BM25 computes it for the boosted query
 * {@code title^8 headings^3 summary^2 tags^2 body^1}: the sum over fields (in that order) of the field's term score.
 * These are the impacts the browser sums; a test replays queries against Lucene's own {@link IndexSearcher} on the
 * same index. Each field's postings are read once, in one pass over its terms, with the searcher's own similarity
 * and statistics (what a {@code TermQuery}'s scorer computes), one field per core.
 */
final class ImpactTable {

    /** One term's documents (ordinals, ascending) and their scores. */
    record Postings(int[] docs, float[] scores) {
        int size() {
            return docs.length;
        }
    }

    /** term → postings, ordered by term. */
    private final Map<String, Postings> scores = new TreeMap<>();

    ImpactTable(LuceneIndex index) throws IOException {
        List<Map<String, ScoredDocs>> fields = Fields.WEIGHTS.entrySet().parallelStream()
                .map(f -> {
                    try {
                        return field(index, f.getKey(), f.getValue());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
        Map<String, List<ScoredDocs>> byTerm = new TreeMap<>();
        for (Map<String, ScoredDocs> field : fields) { // in field order, so sums add up as the reference query does
            field.forEach((term, p) ->
                    byTerm.computeIfAbsent(term, t -> new ArrayList<>(2)).add(p));
        }
        byTerm.forEach((term, parts) -> scores.put(term, sum(parts)));
    }

    /** One field's term scores: term → (ordinal, score) in doc id order. */
    private static Map<String, ScoredDocs> field(LuceneIndex index, String field, float boost) throws IOException {
        Map<String, ScoredDocs> out = new HashMap<>();
        FieldScan.scan(index, field, boost, (term, stats) -> {
            ScoredDocs g = new ScoredDocs(Math.toIntExact(stats.docFreq()));
            out.put(term.utf8ToString(), g);
            return (ordinal, freq, score) -> g.add(ordinal, score);
        });
        return out;
    }

    Map<String, Postings> scores() {
        return scores;
    }

    float max() {
        float max = 0;
        for (Postings p : scores.values()) {
            for (float s : p.scores()) {
                max = Math.max(max, s);
            }
        }
        return max;
    }

    /** The fields' pairs by ordinal; a document's scores added in field order. */
    private static Postings sum(List<ScoredDocs> fields) {
        int total = 0;
        for (ScoredDocs g : fields) {
            total += g.size;
        }
        long[] order = new long[total]; // ordinal, then field, then position: a stable sort by ordinal
        int k = 0;
        for (int f = 0; f < fields.size(); f++) {
            for (int i = 0; i < fields.get(f).size; i++) {
                order[k++] = ((long) fields.get(f).docs[i] << 32) | ((long) f << 28) | i;
            }
        }
        Arrays.sort(order);
        int[] docs = new int[total];
        float[] scores = new float[total];
        int n = -1;
        for (long o : order) {
            int doc = (int) (o >>> 32);
            float score = fields.get((int) ((o >>> 28) & 0xF)).scores[(int) (o & 0x0FFFFFFF)];
            if (n >= 0 && docs[n] == doc) {
                scores[n] += score;
            } else {
                docs[++n] = doc;
                scores[n] = score;
            }
        }
        return new Postings(Arrays.copyOf(docs, n + 1), Arrays.copyOf(scores, n + 1));
    }
}
