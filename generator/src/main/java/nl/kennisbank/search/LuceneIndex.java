package nl.kennisbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/** The site's documents in an in-memory Lucene index; document ordinals follow the input order. */
final class LuceneIndex implements AutoCloseable {

    /**
     * Analysed, not stored, with norms, and only documents and frequencies: everything that reads this index (the
     * impacts of the static index, related practices, the reference queries of the tests) scores single terms with
     * BM25, which needs frequencies and norms but never positions. The norms are the same without positions (Lucene
     * counts a field's length from its tokens whatever it keeps of them). Without positions, the writer's chain can
     * pass on each distinct term once with its frequency ({@link CountedTerms}).
     */
    static final FieldType TEXT = termsAndFrequencies();

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final Set<String> surfaceWords;
    private final IndexSearcher searcher;

    LuceneIndex(List<SearchDocument> docs, DutchAnalysis analysis) throws IOException {
        Set<String> surface = ConcurrentHashMap.newKeySet();
        IndexWriterConfig config = new IndexWriterConfig(analysis.forIndexWriter(surface))
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            // IndexWriter takes documents from several threads; ordinals, not Lucene's doc ids, identify documents.
            IntStream.range(0, docs.size()).parallel().forEach(i -> {
                try {
                    writer.addDocument(toLucene(docs.get(i), i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        this.surfaceWords = Collections.unmodifiableSet(surface); // unordered: the lexicon orders its words
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    private static FieldType termsAndFrequencies() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    static Document toLucene(SearchDocument doc, int ordinal) {
        Document d = new Document();
        d.add(new Field(Fields.TITLE, doc.title(), TEXT));
        d.add(new Field(Fields.HEADINGS, String.join("\n", doc.headings()), TEXT));
        d.add(new Field(Fields.SUMMARY, doc.summary(), TEXT));
        d.add(new Field(Fields.TAGS, String.join("\n", doc.tags()), TEXT));
        d.add(new Field(Fields.BODY, doc.body(), TEXT));
        d.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
        return d;
    }

    /** Every folded word form of the site, as the browser will type it, in no particular order. */
    Set<String> surfaceWords() {
        return surfaceWords;
    }

    DirectoryReader reader() {
        return reader;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
