package nl.kennisbank.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.BytesRef;

/**
 * "More like this document" queries, chosen as Lucene's MoreLikeThis chooses them (a document's terms by tf·idf,
 * from its term vectors; words on too few or too many pages left out), but with every field's document frequencies
 * read once for the whole index instead of looked up again for every document, and ties broken by field and term so
 * the choice never depends on hash order. Thread-safe once built.
 */
final class LikeQueries {

    /** A word of the document, in a field, with its tf·idf. */
    record Candidate(String field, BytesRef term, float score) {
    }

    private static final Comparator<Candidate> WEAKEST_FIRST = Comparator.comparingDouble(Candidate::score)
            .thenComparing(Candidate::field, Comparator.reverseOrder())
            .thenComparing(Candidate::term, Comparator.reverseOrder());

    private final DirectoryReader reader;
    private final List<String> fields;
    private final Map<String, Map<BytesRef, Integer>> docFreqs = new HashMap<>();
    private final Map<String, Integer> docCounts = new HashMap<>();
    private final ClassicSimilarity similarity = new ClassicSimilarity();
    private final int minDocFreq;
    private final int maxDocFreq;
    private final int maxTerms;

    /**
     * @param minDocFreq    words on fewer pages are left out
     * @param maxDocFreqPct words on more than this share of pages are left out
     * @param maxTerms      the number of words in a query
     */
    LikeQueries(DirectoryReader reader, List<String> fields, int minDocFreq, int maxDocFreqPct, int maxTerms) throws IOException {
        this.reader = reader;
        this.fields = List.copyOf(fields);
        this.minDocFreq = minDocFreq;
        this.maxDocFreq = Math.toIntExact((long) maxDocFreqPct * reader.maxDoc() / 100);
        this.maxTerms = maxTerms;
        for (String field : fields) {
            Map<BytesRef, Integer> freqs = new HashMap<>();
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    freqs.put(BytesRef.deepCopyOf(t), te.docFreq());
                }
            }
            docFreqs.put(field, freqs);
            docCounts.put(field, reader.getDocCount(field));
        }
    }

    /** The query for Lucene document {@code doc}: its best words, each as an optional clause. */
    Query like(int doc) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Candidate c : chosen(doc)) {
            query.add(new TermQuery(new Term(c.field(), c.term())), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** The document's best words, best first. */
    List<Candidate> chosen(int doc) throws IOException {
        PriorityQueue<Candidate> best = new PriorityQueue<>(maxTerms + 1, WEAKEST_FIRST);
        org.apache.lucene.index.Fields vectors = reader.termVectors().get(doc);
        for (String field : fields) {
            Terms terms = vectors == null ? null : vectors.terms(field);
            if (terms == null) {
                continue;
            }
            Map<BytesRef, Integer> freqs = docFreqs.get(field);
            int docCount = docCounts.get(field);
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                int docFreq = freqs.getOrDefault(t, 0);
                if (docFreq < minDocFreq || docFreq > maxDocFreq || docFreq == 0) {
                    continue;
                }
                float score = te.totalTermFreq() * similarity.idf(docFreq, docCount);
                Candidate c = new Candidate(field, BytesRef.deepCopyOf(t), score);
                if (best.size() < maxTerms) {
                    best.add(c);
                } else if (WEAKEST_FIRST.compare(c, best.peek()) > 0) {
                    best.poll();
                    best.add(c);
                }
            }
        }
        List<Candidate> chosen = new ArrayList<>(best);
        chosen.sort(WEAKEST_FIRST.reversed());
        return chosen;
    }
}
