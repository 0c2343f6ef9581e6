package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kennisbank.site.ExampleSite;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * Related practices use our own more-like-this queries because Lucene's MoreLikeThis looks up every word's document
 * frequency again for every document. They must choose the words MoreLikeThis chooses; only a tie at the cut-off may
 * be broken differently (ours by field and word, MoreLikeThis by hash order).
 */
class LikeQueriesTest {

    private static final List<String> FIELDS = List.of(Fields.TITLE, Fields.SUMMARY, Fields.TAGS, Fields.BODY);

    @Test
    void everyDocumentGetsTheWordsMoreLikeThisWouldChoose() throws IOException {
        List<SearchDocument> docs = ExampleSite.searchDocuments();
        SearchIndexer indexer = new SearchIndexer(SearchSettings.load(ExampleSite.root()));
        DutchAnalysis chain = indexer.analysis().withPhraseSynonyms(ExampleSite.searchVocabulary());
        try (LuceneIndex index = new LuceneIndex(docs, chain)) {
            LikeQueries ours = new LikeQueries(index.reader(), FIELDS, 2, 30, 25);
            LikeQueries everything = new LikeQueries(index.reader(), FIELDS, 2, 30, 100_000);
            MoreLikeThis mlt = new MoreLikeThis(index.reader());
            mlt.setAnalyzer(chain);
            mlt.setFieldNames(FIELDS.toArray(String[]::new));
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMaxQueryTerms(25);
            mlt.setMaxDocFreqPct(30);
            int ties = 0;
            for (int doc = 0; doc < index.reader().maxDoc(); doc++) {
                List<LikeQueries.Candidate> chosen = ours.chosen(doc);
                Map<String, Float> score = new HashMap<>();
                everything.chosen(doc).forEach(c -> score.put(key(c.field(), c.term().utf8ToString()), c.score()));
                Set<String> ourWords = new LinkedHashSet<>();
                chosen.forEach(c -> ourWords.add(key(c.field(), c.term().utf8ToString())));
                Set<String> theirWords = new LinkedHashSet<>();
                for (BooleanClause clause : ((BooleanQuery) mlt.like(doc)).clauses()) {
                    TermQuery tq = (TermQuery) clause.query();
                    theirWords.add(key(tq.getTerm().field(), tq.getTerm().text()));
                }
                assertEquals(theirWords.size(), ourWords.size(), "number of words for document " + doc);
                float cutOff = chosen.isEmpty() ? 0 : chosen.get(chosen.size() - 1).score();
                Set<String> different = new LinkedHashSet<>(ourWords);
                different.addAll(theirWords);
                different.removeIf(w -> ourWords.contains(w) && theirWords.contains(w));
                for (String word : different) {
                    assertTrue(score.containsKey(word), word + " is not a candidate of document " + doc);
                    assertEquals(cutOff, score.get(word), word + " differs from MoreLikeThis in document " + doc + " but is no tie at the cut-off");
                    ties++;
                }
            }
            assertFalse(ties > index.reader().maxDoc() * 10, "ties are the exception, not the rule: " + ties);
        }
    }

    private static String key(String field, String word) {
        return field + ":" + word;
    }
}
