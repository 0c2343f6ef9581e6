package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.publish.OutputFolder;
import nl.kennisbank.site.search.SearchStage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JBake-format sites build as stock JBake 2.7.0 builds them: the same set of pages and, page by page, the same
 * visible text (jsoup's text of the body, whitespace normalised) as stock JBake's output committed under
 * {@code jbake-compat/<fixture>/stock} (made by {@code jbake-compat/make-goldens.sh}). Every difference allowed
 * here is listed with its reason; nothing else may differ.
 */
class JBakeCompatibilityTest {

    /** Where stock JBake and this generator are meant to differ, per fixture-relative path, and why. */
    static final Map<String, String> ACCEPTED = Map.of(
            "jbake-fixture/team.html",
                    "its template special/team.tpl is a Groovy template: stock finds no engine for it and writes an empty"
                            + " file; we skip the page with the warning JBAKE_TEMPLATE_ENGINE",
            "jbake-fixture/fooignorablefolder/.fooignore",
                    "hidden files are never published (stock copies hidden asset files)",
            "jbake-fixture/blog/2012/sample.json",
                    "a .json file in content/ can run as code in a browser; it is refused with the warning"
                            + " JBAKE_STATIC_REFUSED unless kennisbank.static-files.allow allows it");

    /** The same time make-goldens.sh gives every file: JBake dates a document without date= by its file's time. */
    static final FileTime FILE_TIME = FileTime.from(Instant.parse("2024-01-01T12:00:00Z"));

    /** Written by this generator only: the output folder's marker and manifest. */
    static final Set<String> OURS_ONLY = Set.of(OutputFolder.MARKER, nl.kennisbank.publish.Manifest.FILE);

    @org.junit.jupiter.api.Test
    void theKnowledgeBasesHeadingRuleIsAWarningOnAJBakeSite(@TempDir Path tmp) throws Exception {
        BuildReport report = build("blog", tmp);
        assertTrue(report.succeeded(), () -> report.problems().toString());
        assertTrue(
                report.problems().stream()
                        .anyMatch(p -> p.path().equals("content/blog/2023/deep.md")
                                && !p.isError()
                                && p.code() == nl.kennisbank.problems.ProblemCode.HEADING_ORDER),
                () -> report.problems().toString());
    }

    @org.junit.jupiter.api.Test
    void aJBakeSiteThatTurnsTheHouseRulesOnIsStoppedByThem(@TempDir Path tmp) throws Exception {
        BuildReport report = build("blog", tmp, "kennisbank.house-rules=error");
        assertFalse(report.succeeded(), "a heading that skips a level stops the build");
        assertTrue(
                report.problems().stream()
                        .anyMatch(p -> p.path().equals("content/blog/2023/deep.md")
                                && p.isError()
                                && p.code() == nl.kennisbank.problems.ProblemCode.HEADING_ORDER),
                () -> report.problems().toString());
    }

    @org.junit.jupiter.api.Test
    void anUnknownHouseRulesValueIsALocatedConfigurationError(@TempDir Path tmp) throws Exception {
        BuildReport report = build("blog", tmp, "kennisbank.house-rules=streng");
        assertFalse(report.succeeded());
        nl.kennisbank.problems.Problem problem = report.problems().stream()
                .filter(p -> p.code() == nl.kennisbank.problems.ProblemCode.CONFIG_INVALID)
                .findFirst()
                .orElseThrow();
        assertEquals("jbake.properties", problem.path());
        assertTrue(problem.line() > 1, () -> "at the key's own line: " + problem);
        assertTrue(
                problem.message().contains("Onbekende waarde 'streng' voor kennisbank.house-rules. Kies 'warn'"),
                problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jbake-fixture", "blog", "options"})
    void buildsTheSamePagesWithTheSameVisibleTextAsStockJBake(String fixture, @TempDir Path tmp) throws Exception {
        Path fixtures = ExampleSite.root().resolve("generator/src/test/resources/jbake-compat");
        BuildReport report = build(fixture, tmp);
        Path out = tmp.resolve("out");
        assertTrue(report.succeeded(), () -> report.problems().toString());

        Set<String> stockFiles = new TreeSet<>(
                Files.readAllLines(fixtures.resolve(fixture).resolve("stock-files.txt"), StandardCharsets.UTF_8));
        Set<String> ourFiles = new TreeSet<>(FixtureSites.files(out));
        ourFiles.removeAll(OURS_ONLY);
        Set<String> onlyStock = new TreeSet<>(stockFiles);
        onlyStock.removeAll(ourFiles);
        Set<String> onlyOurs = new TreeSet<>(ourFiles);
        onlyOurs.removeAll(stockFiles);
        onlyStock.removeIf(f -> ACCEPTED.containsKey(fixture + "/" + f));
        assertEquals(Set.of(), onlyStock, "files stock JBake wrote and we did not");
        assertEquals(Set.of(), onlyOurs, "files we wrote and stock JBake did not");

        Path stock = fixtures.resolve(fixture).resolve("stock");
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (String page : FixtureSites.files(stock)) {
            if (ACCEPTED.containsKey(fixture + "/" + page)) {
                continue;
            }
            compared++;
            String expected = visibleText(stock.resolve(page));
            String actual = visibleText(out.resolve(page));
            if (!expected.equals(actual)) {
                differ.add(page + "\n  stock: " + expected + "\n  ours:  " + actual);
            }
        }
        System.out.printf(
                "jbake-compat %s: %d pages compared, %d with the same visible text%n",
                fixture, compared, compared - differ.size());
        assertTrue(
                differ.isEmpty(),
                () -> differ.size() + " of the pages differ from stock JBake:\n" + String.join("\n", differ));
    }

    /** Builds a copy of the fixture's site into {@code tmp/out}, every file dated as make-goldens.sh dates it. */
    private static BuildReport build(String fixture, Path tmp, String... extraSettings) throws Exception {
        Path site = tmp.resolve("site");
        FixtureSites.copyTree(
                ExampleSite.root()
                        .resolve("generator/src/test/resources/jbake-compat")
                        .resolve(fixture)
                        .resolve("site"),
                site);
        for (String line : extraSettings) {
            Files.writeString(
                    site.resolve("jbake.properties"),
                    "\n" + line + "\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        try (Stream<Path> all = Files.walk(site)) {
            for (Path p : all.toList()) {
                Files.setLastModifiedTime(p, FILE_TIME);
            }
        }
        return new SitePipeline(SearchStage.NONE)
                .build(new BuildOptions(site, tmp.resolve("out"), Optional.empty(), false, 2, FixtureSites.TODAY));
    }

    /**
     * The text a reader sees: for an HTML page, the body's text with whitespace normalised and the address of every
     * image; for XML (feed, sitemap),
     * all text, without the feed's build time (stock JBake's {@code published_date} is the clock; ours is the newest
     * document's date, so output does not depend on when it was built).
     */
    static String visibleText(Path page) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        if (page.toString().endsWith(".xml")) {
            Document xml = Jsoup.parse(text, "", Parser.xmlParser());
            xml.select("channel > pubDate, channel > lastBuildDate, feed > updated")
                    .remove();
            return xml.text();
        }
        Document html = Jsoup.parse(text);
        // images are part of what a reader sees: their addresses too (img.path.update rewrites them)
        return html.body().text()
                + html.select("img[src]").eachAttr("src").stream()
                        .map(src -> " [img " + src + "]")
                        .reduce("", String::concat);
    }
}
