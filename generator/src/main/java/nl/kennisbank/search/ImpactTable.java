package nl.kennisbank.search;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Every term's score in every document, as Lucene's BM25 computes it for the boosted query
 * {@code title^8 headings^3 summary^2 tags^2 body^1}: the sum over fields of the field's term score. These are the
 * impacts the browser sums; a test replays queries against Lucene's own {@link IndexSearcher} on the same index.
 */
final class ImpactTable {

    /** term → (document ordinal → score), ordered by term. */
    private final Map<String, Map<Integer, Float>> scores = new TreeMap<>();

    ImpactTable(LuceneIndex index) throws IOException {
        IndexSearcher searcher = index.searcher();
        for (LeafReaderContext leaf : index.reader().leaves()) {
            int[] ordinals = Ordinals.of(leaf);
            for (var field : Fields.WEIGHTS.entrySet()) {
                Terms terms = leaf.reader().terms(field.getKey());
                if (terms == null) {
                    continue;
                }
                TermsEnum it = terms.iterator();
                for (BytesRef bytes = it.next(); bytes != null; bytes = it.next()) {
                    String term = bytes.utf8ToString();
                    TermQuery query = new TermQuery(new Term(field.getKey(), BytesRef.deepCopyOf(bytes)));
                    Weight weight = searcher.createWeight(new BoostQuery(query, field.getValue()), ScoreMode.COMPLETE, 1f);
                    Scorer scorer = weight.scorer(leaf);
                    if (scorer == null) {
                        continue;
                    }
                    Map<Integer, Float> perDoc = scores.computeIfAbsent(term, t -> new TreeMap<>());
                    DocIdSetIterator docs = scorer.iterator();
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        perDoc.merge(ordinals[doc], scorer.score(), Float::sum);
                    }
                }
            }
        }
    }

    Map<String, Map<Integer, Float>> scores() {
        return scores;
    }

    float max() {
        float max = 0;
        for (Map<Integer, Float> perDoc : scores.values()) {
            for (float s : perDoc.values()) {
                max = Math.max(max, s);
            }
        }
        return max;
    }
}
