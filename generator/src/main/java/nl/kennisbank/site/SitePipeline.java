package nl.kennisbank.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.problems.BuildFailedException;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.publish.AssetNames;
import nl.kennisbank.publish.HeadersFile;
import nl.kennisbank.publish.IndexFolder;
import nl.kennisbank.publish.Manifest;
import nl.kennisbank.publish.RedirectPages;
import nl.kennisbank.content.Reference;

/**
 * The build, as a list of stages: load → validate → render Markdown → assemble → render pages → index →
 * publish. Each stage returns a value or stops the build with problems; {@code check} runs the first two.
 */
public final class SitePipeline {

    private final MarkdownProcessor markdown = new MarkdownProcessor();
    private final SearchStage search;

    public SitePipeline(SearchStage search) {
        this.search = search;
    }

    public BuildReport check(BuildOptions options) throws IOException, InterruptedException {
        Problems problems = new Problems();
        Timer timer = new Timer();
        int read = 0;
        try {
            InterruptedSwap.Findings swap = new OutputFolder(options.output()).inspect();
            if (!swap.isEmpty()) {
                problems.report(outputLocation(options), ProblemCode.OUTPUT_SWAP_INTERRUPTED, swap.describe());
            }
            SiteSource source = timer.time("load", () -> new SourceLoading().load(options, problems));
            read = source.documents().size();
            timer.time("validate", () -> new Validation(markdown).validate(source, options, problems));
        } catch (BuildFailedException e) {
            // not thrown by these stages: check collects every problem
        } catch (nl.kennisbank.jbake.JBakeSettings.Unreadable e) {
            problems.report(nl.kennisbank.problems.Location.file("jbake.properties"), ProblemCode.CONFIG_INVALID, e.getMessage());
        }
        return new BuildReport(read, 0, 0, timer.millis(), problems.sorted(), !problems.hasErrors());
    }

    public BuildReport build(BuildOptions options) throws IOException, InterruptedException {
        Problems problems = new Problems();
        Timer timer = new Timer();
        OutputFolder output = new OutputFolder(options.output());
        InterruptedSwap.Findings swap = output.recover();
        if (!swap.isEmpty()) {
            problems.report(outputLocation(options), ProblemCode.OUTPUT_SWAP_REPAIRED, swap.repaired());
        }
        output.checkReplaceable(options.source());
        outputOutsideSourceFolders(options);
        Path staging = null;
        int read = 0;
        int written = 0;
        int copied = 0;
        try {
            SiteSource source = timer.time("load", () -> new SourceLoading().load(options, problems));
            read = source.documents().size();
            stopOnConfigErrors(problems);
            ValidSite site = timer.time("validate", () -> new Validation(markdown).validate(source, options, problems));
            stopOnErrors(problems, "validate");
            Map<String, String> bodies = timer.time("markdown", () -> new BodyRendering(markdown).render(site));
            SearchStage.Input searchInput = new SearchStage.Input(site, bodies);
            Map<String, List<String>> related = timer.time("related", () -> search.related(searchInput));
            AssetNames assets = source.isKennisbank() ? AssetNames.of(source.jbake().assetFolder()) : AssetNames.none();
            Assembled assembled = timer.time("assemble", () -> new SiteAssembly().assemble(site, bodies, related, assets));
            staging = output.stage();
            Path target = staging;
            written = timer.time("render", () -> new PageRendering(options.threads(), false).render(source.jbake(), assembled, target, problems)
                    + RedirectPages.write(target, redirects(site), source.settings().title(), source.settings().baseUrl(), assets));
            stopOnErrors(problems, "render");
            String indexId = timer.time("index", () -> {
                search.index(searchInput, target);
                return IndexFolder.seal(target);
            });
            copied = timer.time("publish", () -> {
                int files = new StaticFiles().copy(source, target, assets);
                if (source.isKennisbank()) {
                    new StaticFiles().robots(source, target);
                    HeadersFile.write(target, source.settings().basePath(), assets, indexId);
                }
                Manifest.of(target, OutputFolder.MARKER).write(target);
                output.publish(target);
                return files;
            });
            staging = null;
        } catch (BuildFailedException e) {
            // the problems say why; the previous output stays as it was
        } catch (nl.kennisbank.jbake.JBakeSettings.Unreadable e) {
            problems.report(nl.kennisbank.problems.Location.file("jbake.properties"), ProblemCode.CONFIG_INVALID, e.getMessage());
        } finally {
            if (staging != null) {
                output.discard(staging);
            }
        }
        return new BuildReport(read, written, copied, timer.millis(), problems.sorted(), !problems.hasErrors());
    }

    /** The output folder as problems name it: relative to the source when inside it, else as given. */
    private static nl.kennisbank.problems.Location outputLocation(BuildOptions options) {
        Path out = options.output().toAbsolutePath().normalize();
        Path src = options.source().toAbsolutePath().normalize();
        return nl.kennisbank.problems.Location.file(out.startsWith(src) ? src.relativize(out).toString().replace('\\', '/') : out.toString());
    }

    /** @throws IllegalStateException when the output lies in content/, templates/, assets/ or data/ */
    private static void outputOutsideSourceFolders(BuildOptions options) {
        nl.kennisbank.jbake.JBakeSettings settings;
        try {
            settings = nl.kennisbank.jbake.JBakeSettings.load(options.source());
        } catch (IllegalArgumentException e) {
            return; // an unreadable jbake.properties is reported by the load stage
        }
        new SourceFolders(settings).checkOutput(options.output());
    }

    /** Every old address ({@code aliassen:}) of the published pages, with the page now there. */
    private static List<RedirectPages.Redirect> redirects(ValidSite site) {
        return site.published().stream().flatMap(d -> d.references().stream().filter(r -> r.kind() == Reference.Kind.ALIAS)
                .map(r -> new RedirectPages.Redirect(r.slug(), d.url(), d.title()))).sorted(java.util.Comparator.comparing(RedirectPages.Redirect::from)).toList();
    }

    /** Configuration errors stop at once; content errors first go on to validation, so editors see them all. */
    private static void stopOnConfigErrors(Problems problems) throws BuildFailedException {
        if (problems.sorted().stream().anyMatch(p -> p.isError() && p.code().code().startsWith("CONFIG_"))) {
            throw new BuildFailedException("load");
        }
    }

    private static void stopOnErrors(Problems problems, String stage) throws BuildFailedException {
        if (problems.hasErrors()) {
            throw new BuildFailedException(stage);
        }
    }

    /** Measures stages in the order they run. */
    private static final class Timer {
        private final Map<String, Long> millis = new LinkedHashMap<>();

        interface Stage<T> {
            T run() throws Exception;
        }

        <T> T time(String name, Stage<T> stage) throws IOException, InterruptedException, BuildFailedException {
            long start = System.nanoTime();
            try {
                return stage.run();
            } catch (IOException | InterruptedException | BuildFailedException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                millis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
            }
        }

        Map<String, Long> millis() {
            return millis;
        }
    }
}
