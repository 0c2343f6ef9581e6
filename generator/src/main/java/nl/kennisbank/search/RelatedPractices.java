package nl.kennisbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** "Gerelateerde praktijkvoorbeelden": more-like-this queries ({@link LikeQueries}) over title, summary, tags and body, at build time. */
final class RelatedPractices {

    /** Hits to collect per query: enough for three practices almost always, few enough for Lucene to skip the rest. */
    private static final int CANDIDATES = 50;
    /** Words on more than this share of pages say nothing about what a page is about. */
    private static final int MAX_DOC_FREQ_PCT = 30;
    /** Words on a single page connect it to nothing. */
    private static final int MIN_DOC_FREQ = 2;
    private static final int MAX_QUERY_TERMS = 25;

    private RelatedPractices() {
    }

    static Map<String, List<String>> find(LuceneIndex index, List<SearchDocument> docs, int max) throws IOException {
        int[] ordinalOfDoc = new int[index.reader().maxDoc()];
        int[] docOfOrdinal = new int[docs.size()];
        for (LeafReaderContext leaf : index.reader().leaves()) {
            int[] ordinals = Ordinals.of(leaf);
            for (int d = 0; d < ordinals.length; d++) {
                ordinalOfDoc[leaf.docBase + d] = ordinals[d];
                docOfOrdinal[ordinals[d]] = leaf.docBase + d;
            }
        }
        LikeQueries likeQueries = new LikeQueries(index.reader(), List.of(Fields.TITLE, Fields.SUMMARY, Fields.TAGS, Fields.BODY),
                MIN_DOC_FREQ, MAX_DOC_FREQ_PCT, MAX_QUERY_TERMS);
        List<Integer> practices = IntStream.range(0, docs.size()).filter(i -> "praktijkvoorbeeld".equals(docs.get(i).type())).boxed().toList();
        List<List<String>> found = practices.parallelStream().map(i -> {
            try {
                return relatedTo(i, index, likeQueries, docs, ordinalOfDoc, docOfOrdinal, max);
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

    /**
     * The first {@code max} practices other than {@code i}, by score and then ordinal (Lucene breaks ties by its own
     * doc ids, which parallel indexing does not fix). Null when the candidates cannot decide that deterministically:
     * too few practices among them, or a tie between the last one chosen and the last candidate.
     */
    private static List<String> pick(ScoreDoc[] candidates, int i, List<SearchDocument> docs, int[] ordinalOfDoc, int max, boolean all) {
        List<ScoreDoc> hits = new ArrayList<>(List.of(candidates));
        hits.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(ordinalOfDoc[a.doc], ordinalOfDoc[b.doc]));
        List<String> ids = new ArrayList<>();
        float lastChosen = Float.NaN;
        for (ScoreDoc hit : hits) {
            int ordinal = ordinalOfDoc[hit.doc];
            if (ordinal != i && "praktijkvoorbeeld".equals(docs.get(ordinal).type()) && ids.size() < max) {
                ids.add(docs.get(ordinal).id());
                lastChosen = hit.score;
            }
        }
        boolean decided = all || hits.size() < CANDIDATES
                || (ids.size() == max && lastChosen > hits.get(hits.size() - 1).score);
        return decided ? ids : null;
    }

    /** The practices most like document {@code i}: its best terms by tf·idf, read from its term vectors. */
    private static List<String> relatedTo(int i, LuceneIndex index, LikeQueries likeQueries, List<SearchDocument> docs, int[] ordinalOfDoc,
                                          int[] docOfOrdinal, int max) throws IOException {
        Query like = likeQueries.like(docOfOrdinal[i]);
        List<String> ids = pick(index.searcher().search(like, CANDIDATES).scoreDocs, i, docs, ordinalOfDoc, max, false);
        if (ids == null) {
            ids = pick(index.searcher().search(like, docs.size()).scoreDocs, i, docs, ordinalOfDoc, max, true);
        }
        return ids;
    }
}
