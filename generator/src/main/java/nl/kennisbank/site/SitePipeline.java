package nl.kennisbank.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.problems.BuildFailedException;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.publish.AssetNames;
import nl.kennisbank.publish.InterruptedSwap;
import nl.kennisbank.publish.OutputFolder;
import nl.kennisbank.publish.WrittenFiles;
import nl.kennisbank.site.search.SearchStage;
import nl.kennisbank.site.source.SiteSource;
import nl.kennisbank.site.validate.ValidSite;

/**
 * The build, as a list of stages: load → Markdown (each body parsed and rendered) → validate → related → assemble →
 * render pages → index → publish. Each stage returns a value or stops the build with problems; {@code check} runs load and validate.
 */
public final class SitePipeline {

    private final MarkdownProcessor markdown = new MarkdownProcessor();
    private final SearchStage search;

    public SitePipeline(SearchStage search) {
        this.search = search;
    }

    public BuildReport check(BuildOptions options) throws IOException, InterruptedException {
        nl.kennisbank.jbake.JBakeSettings jbakeFormat = StageGuards.jbakeFormat(options);
        if (jbakeFormat != null) {
            return new JBakeFormatBuild(options, jbakeFormat).check();
        }
        Problems problems = new Problems();
        StageTimer timer = new StageTimer();
        int read = 0;
        try {
            InterruptedSwap.Findings swap = new OutputFolder(options.output()).inspect();
            if (!swap.isEmpty()) {
                problems.report(
                        StageGuards.outputLocation(options), ProblemCode.OUTPUT_SWAP_INTERRUPTED, swap.describe());
            }
            SiteSource source = timer.time("load", () -> new SourceLoading().load(options, problems));
            read = source.documents().size();
            timer.time("validate", () -> new Validation(markdown).validate(source, options, problems));
        } catch (BuildFailedException e) {
            // not thrown by these stages: check collects every problem
        } catch (nl.kennisbank.jbake.JBakeSettings.Unreadable e) {
            problems.report(
                    nl.kennisbank.problems.Location.file("jbake.properties"),
                    ProblemCode.CONFIG_INVALID,
                    e.getMessage());
        }
        return new BuildReport(read, 0, 0, timer.millis(), timer.cpuMillis(), problems.sorted(), !problems.hasErrors());
    }

    public BuildReport build(BuildOptions options) throws IOException, InterruptedException {
        return run(options, BuildMemory.none(), Set.of(), false, null);
    }

    /**
     * A preview build: the same stages, but with the preview's memory. The first build (and any after
     * {@link BuildMemory#forget()}) writes the whole site; later ones load, check and render only what changed,
     * re-assemble the site model, render only the pages whose inputs changed and move each into the output
     * folder whole. Related practices and the search index are taken from the last full build.
     *
     * @param templates template files changed since the last build, relative to the template folder
     */
    public BuildReport preview(BuildOptions options, BuildMemory memory, Set<String> templates)
            throws IOException, InterruptedException {
        return preview(options, memory, templates, () -> {});
    }

    /**
     * A preview build that shows the changed documents' own pages first: after a save that changed front matter or
     * added, renamed or deleted a file, those pages are rendered with the new documents and moved into the output
     * before the listings are assembled and rendered; {@code shown} runs in between (the preview tells the browser).
     * When the build ends, the output is what a build from scratch writes, as after {@link #preview(BuildOptions,
     * BuildMemory, Set)}.
     */
    public BuildReport preview(BuildOptions options, BuildMemory memory, Set<String> templates, Runnable shown)
            throws IOException, InterruptedException {
        return run(options, memory, templates, true, shown);
    }

    /**
     * The preview's background step after a partial build: related practices and a fresh search index from the last
     * published state, computed with a search stage of its own (so a build may run meanwhile).
     *
     * @return the refresh to apply, or null when there is nothing to refresh
     */
    public SearchRefresh prepareSearchRefresh(BuildMemory memory, Path output) throws IOException {
        return SearchRefresh.prepare(search.another(), memory, output);
    }

    /**
     * Applies a prepared refresh on the preview loop: when the site did not change since it was prepared, the pages
     * whose related practices changed are rendered again and the new search index replaces the old one.
     *
     * @return the report of that partial build, or null when the refresh was stale (then nothing changed)
     */
    public BuildReport applySearchRefresh(BuildOptions options, BuildMemory memory, SearchRefresh refresh)
            throws IOException, InterruptedException {
        try (refresh) {
            if (!refresh.basedOn(memory.published())) {
                return null;
            }
            memory.published(refresh.withRelated());
            BuildReport report = run(options, memory, Set.of(), true, null);
            if (report.succeeded()) {
                refresh.installIndex(options.output());
            }
            return report;
        }
    }

    private BuildReport run(
            BuildOptions options, BuildMemory memory, Set<String> templates, boolean preview, Runnable shown)
            throws IOException, InterruptedException {
        if (memory.keeps()) {
            return stages(options, memory, templates, preview, shown);
        }
        // a build keeps its heap near the data it holds (the preview keeps data between builds and is left alone)
        try (OldGenerationWatch watch = OldGenerationWatch.start()) {
            memory.watching(watch);
            return stages(options, memory, templates, preview, shown);
        } finally {
            memory.watching(null);
        }
    }

    private BuildReport stages(
            BuildOptions options, BuildMemory memory, Set<String> templates, boolean preview, Runnable shown)
            throws IOException, InterruptedException {
        nl.kennisbank.jbake.JBakeSettings jbakeFormat = StageGuards.jbakeFormat(options);
        if (jbakeFormat != null) {
            return new JBakeFormatBuild(options, jbakeFormat).build();
        }
        Problems problems = new Problems();
        StageTimer timer = new StageTimer();
        OutputFolder output = new OutputFolder(options.output());
        InterruptedSwap.Findings swap = output.recover();
        if (!swap.isEmpty()) {
            problems.report(StageGuards.outputLocation(options), ProblemCode.OUTPUT_SWAP_REPAIRED, swap.repaired());
        }
        output.checkReplaceable(options.source());
        StageGuards.outputOutsideSourceFolders(options);
        Path staging = null;
        int read = 0;
        int written = 0;
        int copied = 0;
        try {
            SiteSource loaded = timer.time("load", () -> new SourceLoading().load(options, problems, memory));
            read = loaded.documents().size();
            StageGuards.stopOnConfigErrors(problems);
            Rendered rendered = validateAndRender(loaded, options, problems, memory, timer);
            memory.writing(PublishedState.drafts(rendered.site()));
            loaded = null; // a build holds its documents without their Markdown from here on (rendered.site())
            memory.released();
            ValidSite site = rendered.site();
            SiteSource source = site.source();
            BuildMemory.Published previous = Files.isDirectory(options.output()) ? memory.published() : null;
            AssetNames assets =
                    source.isKennisbank() ? AssetNames.of(source.jbake().assetFolder()) : AssetNames.none();
            DocumentsFirst first = null;
            if (previous != null && shown != null && templates.isEmpty()) {
                Rendered now = rendered;
                first = timer.time(
                        "first", () -> DocumentsFirst.show(now, previous, assets, options, output, problems, memory));
                if (first != null) {
                    written += first.written();
                    shown.run();
                }
            }
            BuildMemory.Published last = first != null ? first.state() : previous;
            staging = output.stage();
            Path target = staging;
            WrittenFiles hashes = new WrittenFiles(); // each file's hash as it is written, for the manifest
            PageStage.Pages pages = new PageStage(search)
                    .render(rendered, last, templates, assets, target, hashes, options, problems, memory, timer);
            rendered = null; // a build lets the HTML bodies and page models go before it writes the search index
            memory.released();
            written += pages.written();
            if (last == null) {
                copied = PublishStage.whole(search, source, target, assets, preview, output, hashes, timer);
            } else {
                PublishStage.changed(last, pages.assembled(), target, options.output(), output, timer);
            }
            staging = null;
            if (memory.keeps()) {
                memory.published(PublishedState.published(
                        last, pages.assembled(), pages.rendered(), pages.related(), pages.searchInput()));
            }
        } catch (BuildFailedException e) {
            // the problems say why; the previous output stays as it was
        } catch (nl.kennisbank.jbake.JBakeSettings.Unreadable e) {
            problems.report(
                    nl.kennisbank.problems.Location.file("jbake.properties"),
                    ProblemCode.CONFIG_INVALID,
                    e.getMessage());
        } finally {
            if (staging != null) {
                output.discard(staging);
            }
        }
        return new BuildReport(
                read, written, copied, timer.millis(), timer.cpuMillis(), problems.sorted(), !problems.hasErrors());
    }

    /**
     * Stages 2 and 3. A build parses and renders each body in one pass and lets its tree go at once (the trees take
     * several times the memory of the text), then checks the site on what the trees left; its documents let their
     * Markdown go after. The preview validates first and keeps the trees, to render unchanged bodies again when a link
     * target changes.
     */
    private Rendered validateAndRender(
            SiteSource source, BuildOptions options, Problems problems, BuildMemory memory, StageTimer timer)
            throws IOException, InterruptedException, BuildFailedException {
        if (!memory.keeps()) {
            Validation validation = new Validation(markdown, memory);
            Validation.Bodies bodies =
                    timer.time("markdown", () -> validation.parseAndRender(source, options, problems));
            ValidSite validated = timer.time("validate", () -> validation.check(source, options, problems, bodies));
            StageGuards.stopOnErrors(problems, "validate");
            return new Rendered(validated.withoutTreesAndMarkdown(), bodies.html());
        }
        ValidSite validated =
                timer.time("validate", () -> new Validation(markdown, memory).validate(source, options, problems));
        StageGuards.stopOnErrors(problems, "validate");
        Map<String, String> bodies =
                timer.time("markdown", () -> new BodyRendering(markdown, memory).render(validated));
        return new Rendered(validated, bodies);
    }
}
