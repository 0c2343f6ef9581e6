package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.kennisbank.bench.RealisticCorpus;
import nl.kennisbank.site.ExampleSite;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index writer's chain passes on each distinct term once with its frequency ({@link CountedTerms}); the index it
 * gives must be the one the chain gives token by token: the same terms, documents, frequencies, field statistics and
 * norms (BM25's field length), and the same surface words for the lexicon.
 */
class CountedTermsTest {

    private static final List<String> FIELDS =
            List.of(Fields.TITLE, Fields.HEADINGS, Fields.SUMMARY, Fields.TAGS, Fields.BODY);

    @Test
    void theExampleSiteIsIndexedAsTokenByToken() throws IOException {
        assertSameIndex(ExampleSite.searchDocuments(), ExampleSite.searchVocabulary());
    }

    @Test
    void aRealisticCorpusSampleIsIndexedAsTokenByToken(@TempDir Path tmp) throws IOException {
        Path source = RealisticCorpus.site(300, ExampleSite.root(), tmp.resolve("corpus"));
        assertSameIndex(ExampleSite.searchDocumentsOf(source, tmp.resolve("site")), ExampleSite.searchVocabulary());
    }

    @Test
    void compoundsAbbreviationsStopWordsAndRepeatsAreIndexedAsTokenByToken() throws IOException {
        List<SearchDocument> docs = new ArrayList<>();
        String[] bodies = {
            "de kinderopvangtoeslag en de kinderopvangtoeslag, kinderopvang en toeslag",
            "voor- en vroegschoolse educatie: VVE, voor- en vroegschoolse educatie en buitenschoolse opvang",
            "de het een",
            "",
            "Leergeld Leergeld leergeld gezinnen gezin gezinnen schoolreisjes schoolreisje",
        };
        for (int i = 0; i < bodies.length; i++) {
            docs.add(new SearchDocument(
                    "d" + i + "/",
                    "titel " + i,
                    "praktijkvoorbeeld",
                    "",
                    List.of(),
                    bodies[i],
                    List.of(),
                    bodies[i],
                    java.util.Map.of(),
                    java.util.Map.of()));
        }
        assertSameIndex(docs, ExampleSite.searchVocabulary());
    }

    private static void assertSameIndex(List<SearchDocument> docs, SearchVocabulary vocabulary) throws IOException {
        DutchAnalysis chain = new SearchIndexer(SearchSettings.load(ExampleSite.root()))
                .analysis()
                .withPhraseSynonyms(vocabulary);
        String expected;
        Set<String> expectedSurface = ConcurrentHashMap.newKeySet();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer =
                    new IndexWriter(directory, new IndexWriterConfig(chain.recordingSurfaceWords(expectedSurface)))) {
                for (int i = 0; i < docs.size(); i++) {
                    writer.addDocument(LuceneIndex.toLucene(docs.get(i), i));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                expected = describe(reader);
            }
        }
        try (LuceneIndex index = new LuceneIndex(docs, chain)) {
            String actual = describe(index.reader());
            assertTrue(expected.length() > 100, expected);
            assertEquals(expected, actual);
            assertEquals(expectedSurface, index.surfaceWords());
        }
    }

    /** Every field's statistics, terms with their postings by ordinal, and norms by ordinal, as text. */
    private static String describe(DirectoryReader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String field : FIELDS) {
            TreeMap<String, TreeMap<Integer, Integer>> postings = new TreeMap<>();
            TreeMap<Integer, Long> norms = new TreeMap<>();
            long sumTotal = 0;
            long sumDocFreq = 0;
            int docCount = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                int[] ordinals = Ordinals.of(leaf);
                NumericDocValues leafNorms = leaf.reader().getNormValues(field);
                for (int d = 0; leafNorms != null && d < ordinals.length; d++) {
                    if (leafNorms.advanceExact(d)) {
                        norms.put(ordinals[d], leafNorms.longValue());
                    }
                }
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                sumTotal += terms.getSumTotalTermFreq();
                sumDocFreq += terms.getSumDocFreq();
                docCount += terms.getDocCount();
                TermsEnum it = terms.iterator();
                PostingsEnum p = null;
                for (BytesRef t = it.next(); t != null; t = it.next()) {
                    TreeMap<Integer, Integer> byOrdinal =
                            postings.computeIfAbsent(t.utf8ToString(), k -> new TreeMap<>());
                    p = it.postings(p, PostingsEnum.FREQS);
                    for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
                        byOrdinal.put(ordinals[d], p.freq());
                    }
                }
            }
            out.append(field)
                    .append(": docs ")
                    .append(docCount)
                    .append(", total ")
                    .append(sumTotal)
                    .append(", doc freqs ")
                    .append(sumDocFreq)
                    .append("\n  norms ")
                    .append(norms)
                    .append('\n');
            postings.forEach((term, byOrdinal) ->
                    out.append("  ").append(term).append(' ').append(byOrdinal).append('\n'));
        }
        return out.toString();
    }
}
