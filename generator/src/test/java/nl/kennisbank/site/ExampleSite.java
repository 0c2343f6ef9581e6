package nl.kennisbank.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.search.SearchDocument;
import nl.kennisbank.search.SearchVocabulary;
import nl.kennisbank.site.search.LuceneSearch;
import nl.kennisbank.site.search.SearchStage;
import nl.kennisbank.site.search.Searches;

/**
 * The repository's own knowledge base (content/, templates/, assets/, data/), built once per test JVM for tests
 * that check the real site: accessibility gates, search quality, link checks.
 */
public final class ExampleSite {

    private static final Object LOCK = new Object();
    private static Path built;
    private static List<SearchDocument> searchDocuments;
    private static SearchVocabulary searchVocabulary;

    private ExampleSite() {}

    /** The project root: the folder with content/ and jbake.properties. */
    public static Path root() {
        String configured = System.getProperty("kennisbank.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    /** Copies the example site's sources (content, templates, assets, data, jbake.properties) into {@code target}, to change them there. */
    public static Path copySource(Path target) throws IOException {
        for (String part : List.of("content", "templates", "assets", "data")) {
            FixtureSites.copyTree(root().resolve(part), target.resolve(part));
        }
        Files.copy(root().resolve("jbake.properties"), target.resolve("jbake.properties"));
        return target;
    }

    /**
     * Builds the example site into a fresh folder (once per JVM) and returns that folder.
     *
     * @throws IllegalStateException with every problem when the build fails
     */
    public static Path build() {
        synchronized (LOCK) {
            if (built == null) {
                built = buildInto(newFolder());
            }
            return built;
        }
    }

    private static Path newFolder() {
        try {
            return Files.createTempDirectory("kennisbank-example-").resolve("site");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The documents the search stage indexed when the example site was built, in ordinal order. */
    public static List<SearchDocument> searchDocuments() {
        synchronized (LOCK) {
            build();
            return searchDocuments;
        }
    }

    /**
     * Builds another knowledge-base source folder (content/ with this repository's data/, templates/ and assets/)
     * into {@code output}, with search. For tests on hand-made pages.
     */
    public static Path buildSource(Path source, Path output) {
        try {
            BuildOptions options =
                    new BuildOptions(source, output, Optional.of("https://kennisbank.example.nl/"), false, 2);
            BuildReport report = new SitePipeline(Searches.forSite(source)).build(options);
            if (!report.succeeded()) {
                throw new IllegalStateException("the site does not build: "
                        + report.problems().stream().map(p -> p.format()).toList());
            }
            return output;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The synonym groups the search stage used when the example site was built. */
    public static SearchVocabulary searchVocabulary() {
        synchronized (LOCK) {
            build();
            return searchVocabulary;
        }
    }

    static Path buildInto(Path output) {
        build(root(), output, (d, v) -> {
            searchDocuments = d;
            searchVocabulary = v;
        });
        return output;
    }

    /**
     * Builds another knowledge-base source folder into {@code output} and returns the documents its search stage
     * indexed, in ordinal order (for tests of search on generated corpora).
     */
    public static List<SearchDocument> searchDocumentsOf(Path source, Path output) {
        java.util.concurrent.atomic.AtomicReference<List<SearchDocument>> docs =
                new java.util.concurrent.atomic.AtomicReference<>();
        build(source, output, (d, v) -> docs.set(d));
        return docs.get();
    }

    private static void build(
            Path source, Path output, java.util.function.BiConsumer<List<SearchDocument>, SearchVocabulary> indexed) {
        try {
            BuildOptions options =
                    new BuildOptions(source, output, Optional.of("https://kennisbank.example.nl/"), false, 2);
            SearchStage search = Searches.forSite(source);
            SearchStage capturing = new SearchStage() {
                @Override
                public Map<String, List<String>> related(Input input) throws IOException {
                    indexed.accept(
                            LuceneSearch.documents(input),
                            LuceneSearch.vocabulary(input.site().source().vocabularies()));
                    return search.related(input);
                }

                @Override
                public String index(Path siteFolder, nl.kennisbank.publish.WrittenFiles written) throws IOException {
                    return search.index(siteFolder, written);
                }
            };
            BuildReport report = new SitePipeline(capturing).build(options);
            if (!report.succeeded()) {
                StringBuilder message = new StringBuilder("the site " + source + " does not build:\n");
                report.problems().forEach(p -> message.append(p.format()).append('\n'));
                throw new IllegalStateException(message.toString());
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
