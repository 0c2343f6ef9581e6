package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.content.ContentLoader;
import nl.kennisbank.content.ContentSources;
import nl.kennisbank.content.FrontMatterSplitter;
import nl.kennisbank.content.JBakeHeader;
import nl.kennisbank.content.SourceFile;
import nl.kennisbank.content.StaticFileTypes;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.problems.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fuzzer over front matter, Markdown and raw HTML (jqwik generators). Each input is built into a copy of the
 * golden site; whatever it is, the build ends in success or located problems (never an exception, which the command
 * line would turn into exit code 3), and a built page carries no script, event handler, {@code javascript:} URL or
 * other active content beyond what the templates themselves put there.
 *
 * <p>It runs for a time, not a number of tries: {@code kennisbank.fuzz.seconds} (default 66, split between the
 * two targets) in every {@code ./mvnw verify}; {@code -Dkennisbank.fuzz.seconds=600} or more on demand. Each run
 * appends its counts to {@code target/fuzz-report.txt}; a failing input is written next to it.
 */
class HostileInputFuzzTest {

    private static final double SECONDS = Double.parseDouble(System.getProperty("kennisbank.fuzz.seconds", "66"));
    private static final Path REPORT = Path.of("target", "fuzz-report.txt");
    /** One input in so many also goes through the whole pipeline, templates included (about a second each). */
    private static final int FULL_BUILD_EVERY = 25;

    @TempDir
    Path tmp;

    @Test
    void anyFrontMatterEndsInSuccessOrLocatedProblemsNeverAnException() throws Exception {
        Stages stages = new Stages(copy("kopblok", "allow-list"));
        Iterator<FuzzInput> inputs = FuzzInputs.frontMatter().sampleStream().iterator();
        long deadline = System.nanoTime() + (long) (SECONDS * 0.4 * 1e9);
        Run run = new Run("front matter");
        while (System.nanoTime() < deadline) {
            FuzzInput input = inputs.next();
            Outcome outcome = attempt(run, input, () -> stages.run(input));
            run.count(outcome.problems().hasErrors());
            stages.remove(input);
        }
        run.finish();
    }

    @Test
    void anyMarkdownOrHtmlBuildsToPagesWithoutActiveContent() throws Exception {
        Stages escaped = new Stages(copy("escape", "escape"));
        Stages allowed = new Stages(copy("toegestaan", "allow-list"));
        Set<String> fromTemplates = Set.copyOf(activeContent(Files.readString(
                fullBuild(escaped.site(), tmp.resolve("uit-basis")).report().resolve("fuzz/index.html")), Set.of()));
        Iterator<FuzzInput> inputs = FuzzInputs.body().sampleStream().iterator();
        long deadline = System.nanoTime() + (long) (SECONDS * 0.6 * 1e9);
        Run run = new Run("Markdown and HTML");
        while (System.nanoTime() < deadline) {
            FuzzInput input = inputs.next();
            boolean allowList = run.tries % 2 == 0;
            Stages stages = allowList ? allowed : escaped;
            String mode = allowList ? "allow-list" : "escape";
            Outcome outcome = attempt(run, input, () -> stages.run(input));
            run.count(outcome.problems().hasErrors());
            outcome.body().map(html -> activeContent(html, Set.of())).filter(found -> !found.isEmpty())
                    .ifPresent(found -> run.fail(input, "active content in the rendered body (" + mode + "): " + found));
            if (run.tries % FULL_BUILD_EVERY == 0) {
                // now and then the whole pipeline, templates included, and the page as a browser gets it
                Path output = tmp.resolve("uit-" + mode);
                Built built = attempt(run, input, () -> fullBuild(stages.site(), output));
                if (built.succeeded()) {
                    List<String> found = activeContent(Files.readString(output.resolve("fuzz/index.html")), fromTemplates);
                    if (!found.isEmpty()) {
                        run.fail(input, "active content in the built page (" + mode + "): " + found);
                    }
                }
                run.fullBuilds++;
            }
        }
        run.finish();
    }

    @Test
    void theActiveContentCheckFindsScriptsHandlersAndJavascriptUrls() {
        List<String> found = activeContent("<body><p>tekst</p><img src=x onerror=alert(1)><script>x()</script>"
                + "<a href=\" JaVa\tscript:alert(1)\">a</a><iframe></iframe></body>", Set.of());
        assertEquals(4, found.size(), found.toString());
        assertEquals(List.of(), activeContent("<body><script src=\"js/zoeken.js\"></script><a href=\"https://example.org\">a</a></body>",
                Set.of("<script src=\"js/zoeken.js\"></script>")));
    }

    /** Load, validate and render Markdown over the site copy with the fuzzed file in it: the stages content reaches. */
    private record Stages(Path site, SiteSource base, ContentLoader loader, MarkdownProcessor markdown) {

        Stages(Path site) throws IOException {
            this(site, new SourceLoading().load(options(site, site.resolve("target/site")), new Problems()));
        }

        private Stages(Path site, SiteSource base) {
            this(site, base, new ContentLoader(base.schema().orElseThrow(), base.vocabularies(),
                    new FrontMatterSplitter(base.jbake().headerSeparator()), new JBakeHeader(base.jbake().defaultType(), base.jbake().defaultStatus()), FixtureSites.TODAY),
                    new MarkdownProcessor());
        }

        Outcome run(FuzzInput input) throws IOException {
            Files.writeString(site.resolve(input.path()), input.text(), StandardCharsets.UTF_8);
            Problems problems = new Problems();
            ContentSources.Found found = new ContentSources(new StaticFileTypes(base.settings().extraStaticTypes()), base.jbake().headerSeparator())
                    .walk(site, base.jbake().contentFolder(), problems);
            SiteSource source = new SiteSource(base.jbake(), base.settings(), base.schema(), base.vocabularies(),
                    loader.load(found.markdown(), problems), found.staticFiles(), found.markdown().stream().map(SourceFile::contentPath).toList(),
                    base.assetFiles());
            ValidSite valid = new Validation(markdown).validate(source, options(site, site.resolve("target/site")), problems);
            if (problems.hasErrors()) {
                return new Outcome(problems, Optional.empty());
            }
            return new Outcome(problems, Optional.ofNullable(new BodyRendering(markdown).render(valid).get(input.path())));
        }

        void remove(FuzzInput input) throws IOException {
            Files.deleteIfExists(site.resolve(input.path()));
        }
    }

    /** @param body the fuzzed document's rendered body, when it got that far */
    private record Outcome(Problems problems, Optional<String> body) {
    }

    private record Built(boolean succeeded, Path report) {
    }

    /** What would run or navigate in a browser, beyond what the templates themselves put in every page. */
    static List<String> activeContent(String html, Set<String> fromTemplates) {
        List<String> found = new ArrayList<>();
        Element body = Jsoup.parse(html).body();
        body.select("script").forEach(s -> found.add(s.outerHtml()));
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (Set.of("iframe", "object", "embed", "frame", "base", "meta", "form", "applet", "link", "style").contains(tag)) {
                found.add("<" + tag + ">");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.equals("formaction")
                        || value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text")) {
                    found.add("<" + tag + " " + a.getKey() + "=\"" + a.getValue() + "\">");
                }
            }
        }
        found.removeAll(fromTemplates);
        return found;
    }

    private interface Attempt<T> {
        T run() throws Exception;
    }

    private static <T> T attempt(Run run, FuzzInput input, Attempt<T> attempt) {
        try {
            return attempt.run();
        } catch (Throwable e) {
            run.fail(input, "the build threw " + e); // on the command line: exit code 3 and "interne fout"
            throw new AssertionError("unreachable");
        }
    }

    private Path copy(String name, String htmlMode) throws IOException {
        Path site = tmp.resolve(name);
        FixtureSites.copyTree(FixtureSites.golden(), site);
        Path properties = site.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties).replaceAll("(?m)^kennisbank\\.html=.*$", "") + "\nkennisbank.html=" + htmlMode + "\n");
        Files.writeString(site.resolve("content/fuzz.md"), "---\ntitel: Fuzz\n---\nTekst.\n", StandardCharsets.UTF_8);
        return site;
    }

    private static Built fullBuild(Path site, Path output) throws Exception {
        BuildReport report = new SitePipeline(SearchStage.NONE).build(options(site, output));
        assertTrue(report.succeeded() || report.errors() > 0, "a failed build without an error: " + report.problems());
        return new Built(report.succeeded(), output);
    }

    private static BuildOptions options(Path site, Path output) {
        return new BuildOptions(site, output, Optional.empty(), false, 2);
    }

    /** Counts of one fuzzing run, written to the report. */
    private static final class Run {
        private final String target;
        private final long start = System.nanoTime();
        private int tries;
        private int succeeded;
        private int problems;
        private int fullBuilds;

        Run(String target) {
            this.target = target;
        }

        void count(boolean withErrors) {
            tries++;
            if (withErrors) {
                problems++;
            } else {
                succeeded++;
            }
        }

        void fail(FuzzInput input, String what) {
            Path file = REPORT.resolveSibling("fuzz-failure-" + System.currentTimeMillis() + ".md");
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, input.text(), StandardCharsets.UTF_8);
                write("FOUND in " + target + " after " + tries + " tries: " + what + " (input in " + file + ")");
            } catch (IOException e) {
                what += " (the input could not be saved: " + e + ")";
            }
            throw new AssertionError(what + "\ninput (" + input.path() + ", also in " + file + "):\n" + input.text());
        }

        void finish() throws IOException {
            double seconds = (System.nanoTime() - start) / 1e9;
            write(String.format(Locale.ROOT, "%s: %d tries in %.1f s (%.1f per second; %d of them also full builds): %d clean,"
                    + " %d with located problems, 0 exceptions, 0 active content", target, tries, seconds, tries / seconds, fullBuilds, succeeded, problems));
            assertEquals(tries, succeeded + problems);
            assertTrue(tries > 0, "the fuzzer ran no input");
        }

        private static void write(String line) throws IOException {
            System.out.println("fuzz: " + line);
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** One generated file: where it goes in the site and its text. */
    record FuzzInput(String path, String text) {
    }

    /** The generators: pieces an editor or attacker could write, combined at random. */
    static final class FuzzInputs {

        private FuzzInputs() {
        }

        /** Odd characters: YAML and Markdown syntax, controls, line breaks of every kind, byte-order marks, emoji. */
        static Arbitrary<String> junk() {
            return Arbitraries.strings().withChars(":-[]{}&*!|>'\"#?%@`,\t\r\n \\<>=~_()/.")
                    .withChars('\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffe')
                    .withCharRange('a', 'e').withCharRange('\u00e0', '\u00ef')
                    .ofMinLength(0).ofMaxLength(40);
        }

        static Arbitrary<String> frontMatterLine() {
            Arbitrary<Integer> n = Arbitraries.integers().between(1, 4000);
            Arbitrary<String> valid = Arbitraries.of("samenvatting: Kort.", "datum: 2026-01-01", "status: concept", "trefwoorden: [a, b]",
                    "samenvatting: >\n  Lang\n  en gevouwen", "titel: \"Armoede: wat nu?\"", "titel: 'Het ''dubbele'' teken'");
            return Arbitraries.frequencyOf(Tuple.of(4, valid), Tuple.of(3, Arbitraries.oneOf(
                    Arbitraries.of("titel: Een titel", "samenvatting: Kort.", "datum: 2026-01-01", "status: gepubliceerd", "status: concept",
                            "sectoren: [onderwijs]", "themas: [meedoen]", "pijlers: [activeren]", "gemeenten: [Utrecht]", "verwant: [u-pas]",
                            "leeftijd: {van: 4, tot: 12}", "x: &a [*a]", "y: &b {k: *b}", "? [a, b]\n: c", "titel: Armoede: wat nu?",
                            "\tsamenvatting: tab", "titel: 'open", "titel: \"\\q\"", "a: *nergens", "---", "...", "%YAML 1.1", "!!binary x",
                            "titel: !!python/object:os.system x", "<<: {titel: x}", "titel: |\n  regel\n regel", "datum: 2026-02-30"),
                    n.map(k -> "x: " + "[".repeat(k)),
                    n.map(k -> "x: " + "{a: ".repeat(k)),
                    n.map(k -> "x:" + "\n".repeat(1) + " ".repeat(k) + "- y"),
                    n.map(k -> "- ".repeat(k) + "x"),
                    n.map(k -> "titel: " + "\ud83d\ude00".repeat(Math.min(k, 500))),
                    junk().map(j -> "titel: " + j),
                    junk())));
        }

        static Arbitrary<FuzzInput> frontMatter() {
            Arbitrary<String> path = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("content/fuzz.md")),
                    Tuple.of(1, Arbitraries.of("content/praktijkvoorbeelden/fuzz.md", "content/handreikingen/onderwijs/09-fuzz.md")));
            Arbitrary<String> header = frontMatterLine().list().ofMaxSize(8).map(lines -> "titel: Fuzz\n" + String.join("\n", lines));
            Arbitrary<String> opening = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just("---\n")),
                    Tuple.of(1, Arbitraries.of("--- \n", "\ufeff---\n", "---\r\n", "---\r", "")));
            return net.jqwik.api.Combinators.combine(path, opening, header, junk())
                    .as((p, open, h, tail) -> new FuzzInput(p, open + h + "\n---\n" + tail + "\nTekst.\n"));
        }

        static Arbitrary<String> bodyPiece() {
            Arbitrary<Integer> n = Arbitraries.integers().between(1, 3000);
            return Arbitraries.oneOf(
                    Arbitraries.of(HtmlAttacks.ALL.stream().map(HtmlAttacks.Attack::markdown).toList()),
                    Arbitraries.of("## Kop", "# Kop", "#### Te diep", "- punt", "1. punt", "> citaat", "```\ncode <script>x</script>\n```",
                            "| a | b |\n|---|---|\n| 1 | 2 |", "[^1]\n\n[^1]: voetnoot", "[link](javascript:alert(1))", "[link](u-pas.md#nergens)",
                            "![](x.png)", "![alt](https://evil.example/x.png)", "<https://example.org>", "www.example.org", "info@example.org",
                            "<div onclick=\"alert(1)\">x</div>", "<a href=\"java\tscript:alert(1)\">a</a>", "<!-- opmerking -->", "<!--", "-->",
                            "<svg><script>alert(1)</script></svg>", "<img src=x onerror=alert(1)>", "&lt;script&gt;", "<scr<script>ipt>",
                            "<p>", "</div>", "<table><tr><td>", "<details open ontoggle=alert(1)>", "<a href=\"#kop\">anker</a>",
                            "## Inhoud", "## Zoeken", "{#id}", "*nadruk* en **sterk**", "~~weg~~", "\\", "`code`"),
                    n.map(k -> ">".repeat(k)),
                    n.map(k -> "*_".repeat(k) + "x" + "_*".repeat(k)),
                    n.map(k -> "[".repeat(k) + "x" + "]".repeat(k)),
                    n.map(k -> "<div>".repeat(Math.min(k, 600))),
                    n.map(k -> {
                        StringBuilder list = new StringBuilder();
                        for (int i = 0; i < Math.min(k, 300); i++) {
                            list.append("  ".repeat(i)).append("- x\n");
                        }
                        return list.toString();
                    }),
                    junk());
        }

        static Arbitrary<FuzzInput> body() {
            return bodyPiece().list().ofMaxSize(10).map(pieces -> new FuzzInput("content/fuzz.md",
                    "---\ntitel: Fuzz\nsamenvatting: Tekst.\n---\n" + String.join(pieces.size() % 2 == 0 ? "\n\n" : " ", pieces) + "\n"));
        }
    }
}
