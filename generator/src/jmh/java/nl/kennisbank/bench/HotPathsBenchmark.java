package nl.kennisbank.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.kennisbank.config.HtmlMode;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.markdown.ParsedMarkdown;
import nl.kennisbank.search.BuiltIndex;
import nl.kennisbank.search.DutchAnalysis;
import nl.kennisbank.search.SearchDocument;
import nl.kennisbank.search.SearchIndexer;
import nl.kennisbank.search.SearchSettings;
import nl.kennisbank.search.SearchVocabulary;
import org.apache.lucene.analysis.TokenStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The build's hot paths on the realistic corpus ({@link RealisticCorpus}, wdutch vocabulary): Markdown to HTML,
 * the Dutch analysis chain, related practices and writing the static index. Each operation covers the whole
 * corpus of {@code docs} documents, so a score is "milliseconds per corpus". Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgs = {"-XX:+UseSerialGC"})
public class HotPathsBenchmark {

    @Param("300")
    int docs;

    private Path folder;
    private List<String> markdown;
    private List<ParsedMarkdown> parsed;
    private List<SearchDocument> searchDocuments;
    private final MarkdownProcessor processor = new MarkdownProcessor();
    private SearchIndexer indexer;
    private BuiltIndex built;

    @Setup(Level.Trial)
    public void corpus() throws IOException {
        Path root = Path.of(System.getProperty("kennisbank.root", "."))
                .toAbsolutePath()
                .normalize();
        folder = Files.createTempDirectory("kennisbank-jmh-");
        Path ours = folder.resolve("ours");
        Files.createDirectories(ours.resolve("data"));
        Files.copy(root.resolve("data/gemeenten.yml"), ours.resolve("data/gemeenten.yml"));
        RealisticCorpus.main(new String[] {
            String.valueOf(docs), ours.toString(), folder.resolve("hugo").toString()
        });
        try (Stream<Path> files = Files.walk(ours.resolve("content"))) {
            markdown = new ArrayList<>();
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(f);
                markdown.add(text.substring(text.indexOf("\n---\n") + 5)); // the body, without front matter
            }
        }
        parsed = markdown.stream().map(processor::parse).toList();
        searchDocuments = new ArrayList<>();
        for (int i = 0; i < markdown.size(); i++) {
            String body = markdown.get(i);
            String type = i % 5 == 0 ? "hoofdstuk" : "praktijkvoorbeeld";
            searchDocuments.add(new SearchDocument(
                    "/d/" + i + "/",
                    body.lines().filter(l -> l.startsWith("## ")).findFirst().orElse("Titel"),
                    type,
                    "2025-01-01",
                    body.lines().filter(l -> l.startsWith("#")).toList(),
                    body.substring(0, Math.min(200, body.length())),
                    List.of(),
                    body,
                    Map.of("type", List.of(type)),
                    Map.of()));
        }
        indexer = new SearchIndexer(SearchSettings.load(root));
        built = indexer.open(searchDocuments, new SearchVocabulary(List.of()));
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        built.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** flexmark: parse and render every body (raw HTML escaped, links unchanged). */
    @Benchmark
    public long markdownToHtml() {
        long chars = 0;
        for (String body : markdown) {
            chars += processor
                    .render(processor.parse(body), url -> url, HtmlMode.ESCAPE)
                    .length();
        }
        return chars;
    }

    /** Rendering alone, from trees parsed once. */
    @Benchmark
    public long renderParsed() {
        long chars = 0;
        for (ParsedMarkdown p : parsed) {
            chars += processor.render(p, url -> url, HtmlMode.ESCAPE).length();
        }
        return chars;
    }

    /** The Dutch analysis chain over every body: tokens, stop words, compounds, stems. */
    @Benchmark
    public long analysis() throws IOException {
        DutchAnalysis analysis = indexer.analysis();
        long tokens = 0;
        for (String body : markdown) {
            try (TokenStream ts = analysis.tokenStream("body", body)) {
                ts.reset();
                while (ts.incrementToken()) {
                    tokens++;
                }
                ts.end();
            }
        }
        return tokens;
    }

    /** Lucene's in-memory index of the corpus with term vectors and surface words (the related stage's first half). */
    @Benchmark
    public int indexing() throws IOException {
        try (BuiltIndex index = indexer.open(searchDocuments, new SearchVocabulary(List.of()))) {
            return index.searcher().getIndexReader().maxDoc();
        }
    }

    /** Related practices for every practice, from the built index. */
    @Benchmark
    public int related() throws IOException {
        return built.related(3).size();
    }

    /** The static search index (impacts, lexicon, postings, passages, facets) made and written to disk. */
    @Benchmark
    public long indexWriting() throws IOException {
        Path out = Files.createTempDirectory(folder, "site-");
        java.util.SortedMap<String, byte[]> files = built.files();
        nl.kennisbank.publish.IndexFolder.write(out, files, new nl.kennisbank.publish.WrittenFiles());
        return files.values().stream().mapToLong(b -> b.length).sum();
    }
}
