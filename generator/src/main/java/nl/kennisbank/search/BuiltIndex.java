package nl.kennisbank.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** The site's documents analysed and indexed by Lucene, ready for related practices and the static index. */
public final class BuiltIndex implements AutoCloseable {

    private final LuceneIndex index;
    private final List<SearchDocument> docs;
    private final DutchAnalysis analysis;
    private final SearchVocabulary vocabulary;

    BuiltIndex(LuceneIndex index, List<SearchDocument> docs, DutchAnalysis analysis, SearchVocabulary vocabulary) {
        this.index = index;
        this.docs = docs;
        this.analysis = analysis;
        this.vocabulary = vocabulary;
    }

    /** Document id → ids of related practices (only for practices), best first. */
    public Map<String, List<String>> related(int max) throws IOException {
        return RelatedPractices.find(index, docs, max);
    }

    /** The static index's files: path under {@code zoeken/index/} → bytes, sorted by path. */
    public SortedMap<String, byte[]> files() throws IOException {
        return new StaticIndexWriter()
                .write(
                        docs,
                        () -> new ImpactTable(index),
                        impacts -> new Lexicon(
                                index.surfaceWords(),
                                vocabulary,
                                analysis,
                                impacts.scores().keySet()),
                        analysis.stemData());
    }

    /** The Lucene searcher over the same index, for reference queries in tests. */
    public org.apache.lucene.search.IndexSearcher searcher() {
        return index.searcher();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
