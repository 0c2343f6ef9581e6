package nl.kennisbank.search;

import java.io.IOException;
import java.util.List;

/** The search stage's entry point: analyses the site's documents once into an index that gives both outputs. */
public final class SearchIndexer {

    private final DutchAnalysis analysis;

    public SearchIndexer(SearchSettings settings) {
        this.analysis = new DutchAnalysis(settings);
    }

    public DutchAnalysis analysis() {
        return analysis;
    }

    /** Builds the in-memory Lucene index, phrase synonyms included; close the result when done. */
    public BuiltIndex open(List<SearchDocument> docs, SearchVocabulary vocabulary) throws IOException {
        DutchAnalysis chain = analysis.withPhraseSynonyms(vocabulary);
        return new BuiltIndex(new LuceneIndex(docs, chain), docs, chain, vocabulary);
    }
}
