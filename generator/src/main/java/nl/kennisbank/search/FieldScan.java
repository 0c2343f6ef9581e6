package nl.kennisbank.search;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * One pass over one field of the index: its terms in order, and for the terms a visitor wants, their postings as
 * (ordinal, frequency) with the scorer a {@code TermQuery} on that term would use (the searcher's similarity,
 * collection and term statistics, the document's norm). The impacts of the static index and related practices both
 * read the index this way, so neither runs a query per term or per page.
 */
final class FieldScan {

    /** What to do with each term of the field. */
    interface TermVisitor {
        /**
         * @param term  the term's bytes (valid during this call only)
         * @param stats document frequency and total frequency over the whole index
         * @return what to do with the term's postings, or null to skip them
         */
        PostingVisitor term(BytesRef term, TermStatistics stats);
    }

    /** The postings of one term, in doc id order. */
    interface PostingVisitor {
        /** @param score the term's BM25 score in this document, as a {@code TermQuery} with the scan's boost scores it */
        void posting(int ordinal, int freq, float score);

        /** After the term's last posting. */
        default void end() {}
    }

    private FieldScan() {}

    /** Scans {@code field}, scoring with {@code boost} (the field weight, or 1 for a plain term query). */
    static void scan(LuceneIndex index, String field, float boost, TermVisitor visitor) throws IOException {
        DirectoryReader reader = index.reader();
        IndexSearcher searcher = index.searcher();
        Terms terms = MultiTerms.getTerms(reader, field);
        CollectionStatistics collection = searcher.collectionStatistics(field);
        if (terms == null || collection == null) {
            return;
        }
        int[] ordinals = new int[reader.maxDoc()];
        long[] norms = new long[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            int[] leafOrdinals = Ordinals.of(leaf);
            System.arraycopy(leafOrdinals, 0, ordinals, leaf.docBase, leafOrdinals.length);
            NumericDocValues leafNorms = leaf.reader().getNormValues(field);
            for (int d = 0; d < leafOrdinals.length; d++) {
                norms[leaf.docBase + d] = leafNorms != null && leafNorms.advanceExact(d) ? leafNorms.longValue() : 1L;
            }
        }
        Similarity similarity = searcher.getSimilarity();
        TermsEnum it = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef bytes = it.next(); bytes != null; bytes = it.next()) {
            TermStatistics stats = new TermStatistics(BytesRef.deepCopyOf(bytes), it.docFreq(), it.totalTermFreq());
            PostingVisitor each = visitor.term(bytes, stats);
            if (each == null) {
                continue;
            }
            Similarity.SimScorer scorer = similarity.scorer(boost, collection, stats);
            postings = it.postings(postings, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                int freq = postings.freq();
                each.posting(ordinals[doc], freq, scorer.score(freq, norms[doc]));
            }
            each.end();
        }
    }
}
