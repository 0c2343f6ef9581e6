package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisbank.bench.RealisticCorpus;
import nl.kennisbank.site.ExampleSite;
import nl.kennisbank.site.FixtureSites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte budget of search on a realistic site (issue 16): a first-time visitor who searches one common word
 * downloads at most {@value #BUDGET} bytes, counted uncompressed as Pagefind's figures in anchors.md are (gzip at level
 * 6, as a web server compresses scripts and JSON, is printed too), for the first page of results with snippets — the
 * page's scripts, meta.json, the lexicon shards, postings and the shown documents ({@code src/test/js/search-bytes.mjs}, the engine run under Node from the built site). The site is
 * {@link RealisticCorpus} of 1,000 documents (deterministic; Debian's wdutch word list), built as the generator
 * builds any site. Needs node and wdutch; without them it is skipped, except under {@code CI=true}.
 */
class SearchBytesBudgetTest {

    static final int DOCUMENTS = 1000;
    static final int BUDGET = 40_000;
    static final List<String> QUERIES = List.of(
            "armoede",
            "schulden",
            "school",
            "ouders",
            "gemeente",
            "kinderen",
            "schoolreisje",
            "kinderarmoede",
            "jgz",
            "gezin");

    @TempDir
    static Path temp;
    /** The built realistic site, once for both tests; null when node or the word list is missing. */
    private static Path site;

    @BeforeAll
    static void buildRealisticSite() throws Exception {
        boolean ready = Files.isRegularFile(NodeTests.WORD_LIST) && NodeTests.nodeIsInstalled();
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(
                    ready,
                    "CI=true needs node and " + NodeTests.WORD_LIST
                            + " (Debian: nodejs, wdutch) for the search byte budget");
        }
        if (!ready) {
            return;
        }
        Path root = ExampleSite.root();
        Path source = temp.resolve("ours");
        for (String folder : List.of("data", "templates", "assets")) {
            FixtureSites.copyTree(root.resolve(folder), source.resolve(folder));
        }
        Files.copy(root.resolve("jbake.properties"), source.resolve("jbake.properties"));
        RealisticCorpus.main(new String[] {
            String.valueOf(DOCUMENTS), source.toString(), temp.resolve("hugo").toString()
        });
        site = ExampleSite.buildSource(source, temp.resolve("site"));
    }

    @Test
    void aColdOneWordQueryOnARealisticSiteOfAThousandDocumentsStaysWithinFortyKilobytesUncompressed() throws Exception {
        Assumptions.assumeTrue(
                site != null, "node or " + NodeTests.WORD_LIST + " missing: the search byte budget is not measured");
        Path root = ExampleSite.root();
        List<String> command = new ArrayList<>(List.of(
                "node", root.resolve("generator/src/test/js/search-bytes.mjs").toString(), "--json", site.toString()));
        command.addAll(QUERIES);
        Process node = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        node.getOutputStream().close();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, node.waitFor(), "search-bytes.mjs failed");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> report =
                (List<Map<String, Object>>) new org.json.simple.parser.JSONParser().parse(out);
        List<String> over = new ArrayList<>();
        for (Map<String, Object> q : report) {
            @SuppressWarnings("unchecked")
            Map<String, Number> bytes = (Map<String, Number>) q.get("bytes");
            System.out.printf(
                    "search bytes, %s: %s results shown, %,d raw, %,d gzip -6%n",
                    q.get("query"),
                    q.get("results"),
                    bytes.get("raw").longValue(),
                    bytes.get("gzip").longValue());
            assertEquals(10, ((Number) q.get("results")).intValue(), q.get("query") + " shows a full first page");
            if (bytes.get("raw").longValue() > BUDGET) {
                over.add(q.get("query") + ": " + bytes.get("raw") + " bytes raw (" + bytes.get("gzip") + " gzip) "
                        + q.get("files"));
            }
        }
        assertEquals(QUERIES.size(), report.size());
        assertEquals(List.of(), over, "over the budget of " + BUDGET + " bytes");
    }

    /**
     * The example site has no lexicon shard large enough to be split; this site has many. The index-format tests
     * (split shards list exactly their leaves, every word in one leaf, a split prefix's completions the best of all
     * leaves below it, the frequent-word lists) run on it as on the example site.
     */
    @Test
    void theIndexOfARealisticSiteWithSplitLexiconShardsReadsAsTheBrowserReadsIt() throws Exception {
        Assumptions.assumeTrue(site != null, "node or " + NodeTests.WORD_LIST + " missing: not checked");
        Path fixtures =
                Files.createDirectories(temp.resolve("node-tests/engine")).getParent();
        for (String module : List.of("zoekmachine.js", "woordvormen.js")) {
            Files.copy(site.resolve("js/" + module), fixtures.resolve("engine/" + module));
        }
        Files.writeString(fixtures.resolve("engine/package.json"), "{\"type\":\"module\"}\n", StandardCharsets.UTF_8);
        Files.writeString(fixtures.resolve("site.txt"), site.toString(), StandardCharsets.UTF_8);
        Files.writeString(
                fixtures.resolve("woorden.tsv"), "", StandardCharsets.UTF_8); // marks the folder as the fixtures
        ProcessBuilder test = new ProcessBuilder(
                        "node",
                        "--test",
                        ExampleSite.root()
                                .resolve("generator/src/test/js/index-format.test.mjs")
                                .toString())
                .redirectErrorStream(true)
                .directory(fixtures.toFile());
        test.environment().remove("ZOEKMACHINE");
        Process node = test.start();
        node.getOutputStream().close();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(out);
        assertEquals(0, node.waitFor(), "index-format.test.mjs failed on the realistic site:\n" + out);
        java.util.regex.Matcher passed =
                java.util.regex.Pattern.compile("# pass (\\d+)").matcher(out);
        assertTrue(passed.find() && Integer.parseInt(passed.group(1)) > 0 && out.contains("# fail 0"), out);
    }
}
