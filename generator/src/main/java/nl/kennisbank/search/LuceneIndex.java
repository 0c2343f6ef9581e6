package nl.kennisbank.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/** The site's documents in an in-memory Lucene index; document ordinals follow the input order. */
final class LuceneIndex implements AutoCloseable {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    LuceneIndex(List<SearchDocument> docs, DutchAnalysis analysis) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analysis).setMergePolicy(NoMergePolicy.INSTANCE).setRAMBufferSizeMB(512);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < docs.size(); i++) {
                writer.addDocument(toLucene(docs.get(i), i));
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    private static Document toLucene(SearchDocument doc, int ordinal) {
        Document d = new Document();
        d.add(new TextField(Fields.TITLE, doc.title(), Field.Store.NO));
        d.add(new TextField(Fields.HEADINGS, String.join("\n", doc.headings()), Field.Store.NO));
        d.add(new TextField(Fields.SUMMARY, doc.summary(), Field.Store.NO));
        d.add(new TextField(Fields.TAGS, String.join("\n", doc.tags()), Field.Store.NO));
        d.add(new TextField(Fields.BODY, doc.body(), Field.Store.NO));
        d.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
        return d;
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
