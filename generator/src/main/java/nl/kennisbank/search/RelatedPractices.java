package nl.kennisbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** "Gerelateerde praktijkvoorbeelden": Lucene's MoreLikeThis over title, summary, tags and body, at build time. */
final class RelatedPractices {

    private RelatedPractices() {
    }

    static Map<String, List<String>> find(LuceneIndex index, List<SearchDocument> docs, DutchAnalysis analysis, int max) throws IOException {
        int[] ordinalOfDoc = new int[index.reader().maxDoc()];
        int[] docOfOrdinal = new int[docs.size()];
        for (LeafReaderContext leaf : index.reader().leaves()) {
            int[] ordinals = Ordinals.of(leaf);
            for (int d = 0; d < ordinals.length; d++) {
                ordinalOfDoc[leaf.docBase + d] = ordinals[d];
                docOfOrdinal[ordinals[d]] = leaf.docBase + d;
            }
        }
        List<Integer> practices = IntStream.range(0, docs.size()).filter(i -> "praktijkvoorbeeld".equals(docs.get(i).type())).boxed().toList();
        List<List<String>> found = practices.parallelStream().map(i -> {
            try {
                return relatedTo(i, index, docs, analysis, ordinalOfDoc, docOfOrdinal, max);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        Map<String, List<String>> related = new LinkedHashMap<>();
        for (int k = 0; k < practices.size(); k++) {
            related.put(docs.get(practices.get(k)).id(), found.get(k));
        }
        return related;
    }

    /** The practices most like document {@code i}: its best terms by tf·idf, read from its term vectors. */
    private static List<String> relatedTo(int i, LuceneIndex index, List<SearchDocument> docs, DutchAnalysis analysis, int[] ordinalOfDoc,
                                          int[] docOfOrdinal, int max) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(index.reader());
        mlt.setAnalyzer(analysis);
        mlt.setFieldNames(new String[] {Fields.TITLE, Fields.SUMMARY, Fields.TAGS, Fields.BODY});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(25);
        Query like = mlt.like(docOfOrdinal[i]);
        TopDocs top = index.searcher().search(like, docs.size());
        List<ScoreDoc> hits = new ArrayList<>(List.of(top.scoreDocs));
        hits.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(ordinalOfDoc[a.doc], ordinalOfDoc[b.doc]));
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            int ordinal = ordinalOfDoc[hit.doc];
            if (ordinal != i && "praktijkvoorbeeld".equals(docs.get(ordinal).type()) && ids.size() < max) {
                ids.add(docs.get(ordinal).id());
            }
        }
        return ids;
    }
}
