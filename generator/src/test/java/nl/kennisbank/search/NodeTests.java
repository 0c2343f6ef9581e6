package nl.kennisbank.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.kennisbank.site.ExampleSite;
import org.apache.lucene.analysis.Analyzer;

/**
 * Runs the search engine's own tests ({@code src/test/js/*.test.mjs}) under Node's test runner, where the engine
 * really runs: no browser. Run by {@code ./mvnw verify} (exec-maven-plugin, after the Java tests). First writes what
 * the JavaScript tests compare against, into {@code target/node-tests/}:
 * <ul>
 * <li>{@code woorden.tsv} — per input word (every whitespace-separated word of the example site's searchable text and
 *     every line of {@code /usr/share/dict/dutch}) the folded words Java gives ({@link Lexicon#fold}) and their
 *     lexicon shards at the deepest split ({@link StaticIndexWriter#shardOf(String, int)}; every shallower name is a
 *     prefix of it): the browser must give the same;</li>
 * <li>{@code stammen.tsv} — per folded word its whole-word index term from the real analysis chain, which the
 *     browser's stemmer must give too;</li>
 * <li>{@code site.txt} — the folder of the freshly built example site, whose static index the format test reads;</li>
 * <li>{@code engine/zoekmachine.js}, {@code engine/woordvormen.js} — copies of the engine's modules as the built site
 *     publishes them (compacted), beside a {@code package.json} that marks them ES modules,
 *     so any Node from 18 on imports them.</li>
 * </ul>
 * Without Node the tests are skipped with a message, except under {@code CI=true}, where that fails the build.
 *
 * <p>Usage: {@code NodeTests projectRoot outputFolder}
 */
public final class NodeTests {

    /** Debian's wdutch: the OpenTaal word list the parity test runs over, when installed. */
    static final Path WORD_LIST = Path.of("/usr/share/dict/dutch");

    private NodeTests() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        if (!nodeIsInstalled()) {
            String message =
                    "node is not installed: the search engine's JavaScript tests did not run (Debian: apt-get install nodejs)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message + "; CI=true requires them to run");
            }
            System.err.println("WARNING: " + message);
            return;
        }
        System.setProperty("kennisbank.root", root.toString());
        Files.createDirectories(out.resolve("engine"));
        Path site = ExampleSite.build();
        for (String module : List.of("zoekmachine.js", "woordvormen.js")) { // as published: compacted (CompactScript)
            Files.copy(
                    site.resolve("js/" + module),
                    out.resolve("engine/" + module),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(out.resolve("engine/package.json"), "{\"type\":\"module\"}\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("site.txt"), site.toString(), StandardCharsets.UTF_8);
        SortedSet<String> folded = writeWords(out.resolve("woorden.tsv"), words(ExampleSite.searchDocuments()));
        writeStems(out.resolve("stammen.tsv"), folded, new SearchIndexer(SearchSettings.load(root)).analysis());
        List<String> command = new ArrayList<>(List.of("node", "--test"));
        try (Stream<Path> tests = Files.list(root.resolve("generator/src/test/js"))) {
            tests.filter(p -> p.getFileName().toString().endsWith(".test.mjs"))
                    .sorted()
                    .forEach(p -> command.add(p.toString()));
        }
        Process node =
                new ProcessBuilder(command).inheritIO().directory(out.toFile()).start();
        node.getOutputStream().close();
        int exit = node.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(
                    "the search engine's JavaScript tests failed (node --test exit " + exit + ")");
        }
    }

    static boolean nodeIsInstalled() {
        try {
            Process p = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Letters and digits that fold in unusual ways: what a visitor may type besides the site's own words. */
    static final List<String> UNUSUAL = List.of(
            "İstanbul",
            "ﬁets",
            "ＡＢＣ",
            "Ǆemal",
            "naïef",
            "Curaçao",
            "coördinatie",
            "zo'n",
            "d’r",
            "e-mail",
            "Straße",
            "ΑΒΓ",
            "Київ",
            "١٢٣",
            "x²",
            "½",
            "Ⅻ",
            "Œuvre",
            "Ærø",
            "Łódź",
            "ǅ",
            "K\u0308",
            "ĳs",
            "Ĳssel",
            "3e",
            "1.000",
            "06-12345678",
            "@kind",
            "#armoede",
            "jeugd/zorg",
            "a.s.",
            "enz.",
            "ca.",
            "€20",
            "20%",
            "www.kennisbank.nl",
            "ɑ",
            "ﬀ",
            "ẞ");

    /** Every whitespace-separated word of the site's searchable text and of the word list, as typed. */
    static SortedSet<String> words(List<SearchDocument> docs) throws IOException {
        SortedSet<String> words = new TreeSet<>(UNUSUAL);
        for (SearchDocument d : docs) {
            List<String> texts = new ArrayList<>(List.of(d.title(), d.summary(), d.body()));
            texts.addAll(d.headings());
            texts.addAll(d.tags());
            for (String text : texts) {
                for (String w : text.split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        }
        if (!Files.isRegularFile(WORD_LIST) && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(WORD_LIST
                    + " is missing (Debian: apt-get install wdutch); CI=true requires the parity test over it");
        }
        if (Files.isRegularFile(WORD_LIST)) {
            for (String line : Files.readAllLines(WORD_LIST, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
        }
        return words;
    }

    /** input TAB folded words TAB their shards (words and shards separated by single spaces); returns the folded words. */
    static SortedSet<String> writeWords(Path file, SortedSet<String> words) throws IOException {
        StringBuilder out = new StringBuilder();
        SortedSet<String> all = new TreeSet<>();
        try (Analyzer surface = Lexicon.surfaceAnalyzer()) {
            for (String w : words) {
                if (w.indexOf('\t') >= 0) {
                    continue;
                }
                List<String> folded = Lexicon.fold(surface, w);
                all.addAll(folded);
                out.append(w)
                        .append('\t')
                        .append(String.join(" ", folded))
                        .append('\t')
                        .append(String.join(
                                " ",
                                folded.stream()
                                        .map(f -> StaticIndexWriter.shardOf(f, StaticIndexWriter.MAX_SHARD_DEPTH))
                                        .toList()))
                        .append('\n');
            }
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return all;
    }

    /** folded word TAB the index term the build gives it as a whole word (the lexicon's choice), empty for none. */
    static void writeStems(Path file, SortedSet<String> folded, DutchAnalysis analysis) throws IOException {
        List<String> words = List.copyOf(folded);
        List<String> terms = words.parallelStream()
                .map(w -> {
                    List<String> t = analysis.terms(w);
                    return t.isEmpty() ? "" : t.get(0);
                })
                .toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            out.append(words.get(i)).append('\t').append(terms.get(i)).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
