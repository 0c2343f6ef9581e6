package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.kennisbank.cli.KennisbankCommand;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.content.ContentLoader;
import nl.kennisbank.content.ContentSources;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.FrontMatterSplitter;
import nl.kennisbank.content.JBakeHeader;
import nl.kennisbank.content.SourceFile;
import nl.kennisbank.content.StaticFileTypes;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.site.FuzzCampaign.Finding;
import nl.kennisbank.site.HostileInputs.FuzzInput;
import nl.kennisbank.site.source.SiteSource;
import nl.kennisbank.site.validate.ValidSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A fuzzer over front matter, Markdown and raw HTML (plain JUnit, generators in {@link HostileInputs}, the run in
 * {@link FuzzCampaign}). Each input goes into a copy of the golden site and through loading, validation and
 * Markdown rendering; the first, every {@value #COMMAND_LINE_EVERY}th and about one in five without errors (those
 * reach the templates) also through {@code kennisbank build} on the command line. Whatever the input: no exception
 * (the command line would print a stack trace or exit 3), exit code 0 or 1, no stack trace on stderr, and no
 * script, event handler or {@code javascript:} URL in the rendered body or any built page beyond what the
 * templates themselves put there.
 *
 * <p>It runs for a time: {@code kennisbank.fuzz.seconds} (default 66, 40 % front matter, 60 % body) in every
 * {@code ./mvnw verify}, longer on demand ({@code -Dkennisbank.fuzz.seconds=600}); {@code -Dkennisbank.fuzz.seed}
 * repeats a run. The stored inputs under {@code src/test/resources/fuzz/} are replayed first; under {@code CI=true}
 * the seed is fixed, so CI is deterministic and new inputs are explored on developers' machines. Counts go to {@code target/fuzz-report.txt}, a failing input and its shrunk form next to it.
 */
class HostileInputFuzzTest {

    private static final double SECONDS = Double.parseDouble(System.getProperty("kennisbank.fuzz.seconds", "66"));
    private static final int COMMAND_LINE_EVERY = 25;

    @TempDir
    Path tmp;

    @Test
    void anyFrontMatterEndsInSuccessOrLocatedProblemsNeverAnException() throws Exception {
        Stages stages = new Stages(copy("kopblok", "allow-list"));
        CommandLineBuild cli = new CommandLineBuild(stages.site(), tmp.resolve("uit-kopblok"));
        FuzzCampaign campaign = new FuzzCampaign("front matter", SECONDS * 0.4);
        campaign.replay("frontmatter", input -> check(campaign, stages, cli, input));
        campaign.run(seed -> new HostileInputs(seed).frontMatter(), input -> check(campaign, stages, cli, input));
    }

    @Test
    void anyMarkdownOrHtmlBuildsToPagesWithoutActiveContent() throws Exception {
        Stages escaped = new Stages(copy("escape", "escape"));
        Stages allowed = new Stages(copy("toegestaan", "allow-list"));
        CommandLineBuild escapedCli = new CommandLineBuild(escaped.site(), tmp.resolve("uit-escape"));
        CommandLineBuild allowedCli = new CommandLineBuild(allowed.site(), tmp.resolve("uit-toegestaan"));
        FuzzCampaign campaign = new FuzzCampaign("Markdown and HTML", SECONDS * 0.6);
        campaign.replay(
                "markdown",
                input -> { // stored inputs in both HTML modes
                    Optional<Finding> found = check(campaign, allowed, allowedCli, input);
                    return found.isPresent() ? found : check(campaign, escaped, escapedCli, input);
                });
        campaign.run(seed -> new HostileInputs(seed).body(), input -> {
            boolean allowList = Math.floorMod(input.text().hashCode(), 2) == 0;
            return check(campaign, allowList ? allowed : escaped, allowList ? allowedCli : escapedCli, input);
        });
    }

    @Test
    void theSameSeedGivesTheSameInputsAndADifferentSeedOthers() {
        List<FuzzInput> a =
                Stream.of(1L, 2L, 3L).map(s -> new HostileInputs(s).body()).toList();
        assertEquals(
                a, Stream.of(1L, 2L, 3L).map(s -> new HostileInputs(s).body()).toList());
        assertNotEquals(
                a, Stream.of(4L, 5L, 6L).map(s -> new HostileInputs(s).body()).toList());
        assertEquals(new HostileInputs(7).frontMatter(), new HostileInputs(7).frontMatter());
    }

    @Test
    void aFindingFailsWithTheSeedAndTheSmallestInputThatFailsTheSameWay() {
        FuzzCampaign campaign = new FuzzCampaign("self-test", 0);
        AssertionError error = assertThrows(
                AssertionError.class,
                () -> campaign.run(
                        seed -> new FuzzInput("content/x.md", "lang verhaal <script>x</script> nog meer tekst"),
                        input -> input.text().contains("<script>")
                                ? Optional.of(new Finding("active content", "script"))
                                : Optional.empty()));
        assertTrue(error.getMessage().contains("-Dkennisbank.fuzz.seed="), error.getMessage());
        assertTrue(error.getMessage().contains("(8 characters):\n<script>"), error.getMessage());
    }

    @Test
    void theActiveContentCheckFindsScriptsHandlersAndJavascriptUrls() {
        List<String> found = ActiveContent.in("<body><p>tekst</p><img src=x onerror=alert(1)><script>x()</script>"
                + "<a href=\" JaVa\tscript:alert(1)\">a</a><iframe></iframe></body>");
        assertEquals(4, found.size(), found.toString());
        assertEquals(List.of(), ActiveContent.in("<body><p>Een <a href=\"https://example.org\">link</a></p></body>"));
        // a name is not a URL: the browser never runs an id, whatever it says (seed 4179300971628888588 found this in
        // CI)
        assertEquals(
                List.of(), ActiveContent.in("<body><b id=\"javascript:alert(1)\" title=\"javascript:x\">b</b></body>"));
        assertEquals(
                1,
                ActiveContent.in("<body><img src=\"x\" srcset=\"javascript:alert(1)\"></body>")
                        .size());
    }

    /** The stages for every input; the command line for the first, every so many after it, and more often for inputs without errors. */
    private static Optional<Finding> check(FuzzCampaign campaign, Stages stages, CommandLineBuild cli, FuzzInput input)
            throws Exception {
        try {
            Outcome outcome = stages.run(input);
            if (outcome.problems().hasErrors()) {
                campaign.problems();
            }
            Optional<Finding> found = outcome.body()
                    .map(ActiveContent::in)
                    .filter(list -> !list.isEmpty())
                    .map(list -> new Finding("active content in the rendered body", list.toString()));
            int n = campaign.executions();
            if (found.isEmpty()
                    && (n % COMMAND_LINE_EVERY == 0 || (!outcome.problems().hasErrors() && n % 5 == 0))) {
                campaign.fullBuild();
                found = cli.build();
            }
            return found;
        } finally {
            stages.remove(input);
        }
    }

    /** Load, validate and render Markdown over the site copy with the fuzzed file in it: the stages content reaches. */
    private record Stages(Path site, SiteSource base, ContentLoader loader, MarkdownProcessor markdown) {

        Stages(Path site) throws IOException {
            this(site, new SourceLoading().load(options(site), new Problems()));
        }

        private Stages(Path site, SiteSource base) {
            this(
                    site,
                    base,
                    new ContentLoader(
                            base.schema().orElseThrow(),
                            base.vocabularies(),
                            new FrontMatterSplitter(base.jbake().headerSeparator()),
                            new JBakeHeader(
                                    base.jbake().defaultType(), base.jbake().defaultStatus()),
                            FixtureSites.TODAY),
                    new MarkdownProcessor());
        }

        Outcome run(FuzzInput input) throws IOException {
            Files.write(site.resolve(input.path()), input.text().getBytes(StandardCharsets.UTF_8));
            Problems problems = new Problems();
            ContentSources.Found found = new ContentSources(
                            new StaticFileTypes(base.settings().extraStaticTypes()),
                            base.jbake().headerSeparator())
                    .walk(site, base.jbake().contentFolder(), problems);
            // the site's other documents are loaded once; only the fuzzed file is read and loaded again
            List<Document> documents = new ArrayList<>(base.documents().stream()
                    .filter(d -> !d.path().endsWith("fuzz.md"))
                    .toList());
            documents.addAll(loader.load(
                    found.markdown().stream()
                            .filter(f -> f.path().equals(input.path()))
                            .toList(),
                    problems));
            SiteSource source = new SiteSource(
                    base.jbake(),
                    base.settings(),
                    base.schema(),
                    base.vocabularies(),
                    documents,
                    found.staticFiles(),
                    found.markdown().stream().map(SourceFile::contentPath).toList(),
                    base.assetFiles());
            ValidSite valid = new Validation(markdown).validate(source, options(site), problems);
            if (problems.hasErrors()) {
                return new Outcome(problems, Optional.empty());
            }
            return new Outcome(
                    problems,
                    Optional.ofNullable(
                            new BodyRendering(markdown).render(valid).get(input.path())));
        }

        void remove(FuzzInput input) throws IOException {
            Files.deleteIfExists(site.resolve(input.path()));
        }

        private static BuildOptions options(Path site) {
            return new BuildOptions(site, site.resolve("target/site"), Optional.empty(), false, 2);
        }
    }

    /** @param body the fuzzed document's rendered body, when it got that far */
    private record Outcome(Problems problems, Optional<String> body) {}

    /**
     * {@code kennisbank build} in-process, as an editor runs it: exit code 0 or 1, no stack trace on stderr, and no
     * active content in any page beyond what the same build put there with a harmless document.
     */
    private static final class CommandLineBuild {
        private final Path site;
        private final Path output;
        private final Set<String> fromTemplates = new HashSet<>();

        CommandLineBuild(Path site, Path output) throws IOException {
            this.site = site;
            this.output = output;
            Files.writeString(
                    site.resolve("content/fuzz.md"), HostileInputs.BODY_HEADER + "Tekst.\n", StandardCharsets.UTF_8);
            Optional<Finding> baseline = run();
            if (baseline.isPresent()) {
                throw new AssertionError("the unfuzzed site does not build cleanly: " + baseline.get());
            }
            for (String page : pages()) {
                fromTemplates.addAll(ActiveContent.in(Files.readString(output.resolve(page))));
            }
        }

        Optional<Finding> build() throws IOException {
            Optional<Finding> failed = run();
            if (failed.isPresent() || !Files.exists(output.resolve("index.html"))) {
                return failed;
            }
            for (String page : pages()) {
                List<String> found = ActiveContent.in(Files.readString(output.resolve(page)));
                found.removeAll(fromTemplates);
                if (!found.isEmpty()) {
                    return Optional.of(new Finding("active content in a built page", page + ": " + found));
                }
            }
            return Optional.empty();
        }

        private Optional<Finding> run() {
            CommandLine cli = KennisbankCommand.newCommandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("build", "--source", site.toString(), "--output", output.toString());
            String stderr = err.toString();
            if (code != 0 && code != 1) {
                return Optional.of(new Finding("exit code " + code, "exit code " + code + ":\n" + stderr));
            }
            if (stderr.contains("\tat ") || stderr.contains("Exception") || stderr.contains("interne fout")) {
                return Optional.of(new Finding("stack trace", stderr));
            }
            return Optional.empty();
        }

        private List<String> pages() throws IOException {
            try (Stream<Path> files = Files.walk(output)) {
                return files.filter(f -> f.toString().endsWith(".html"))
                        .map(f -> output.relativize(f).toString())
                        .sorted()
                        .toList();
            }
        }
    }

    private Path copy(String name, String htmlMode) throws IOException {
        Path site = tmp.resolve(name);
        FixtureSites.copyTree(FixtureSites.golden(), site);
        Path properties = site.resolve("jbake.properties");
        Files.writeString(
                properties,
                Files.readString(properties).replaceAll("(?m)^kennisbank\\.html=.*$", "") + "\nkennisbank.html="
                        + htmlMode + "\n");
        Files.writeString(
                site.resolve("content/fuzz.md"), HostileInputs.BODY_HEADER + "Tekst.\n", StandardCharsets.UTF_8);
        return site;
    }
}
