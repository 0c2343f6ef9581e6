package nl.kennisbank.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.content.Reference;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.problems.BuildFailedException;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.publish.AssetNames;
import nl.kennisbank.publish.DataFiles;
import nl.kennisbank.publish.HeadersFile;
import nl.kennisbank.publish.IndexFolder;
import nl.kennisbank.publish.InterruptedSwap;
import nl.kennisbank.publish.LiveOutput;
import nl.kennisbank.publish.Manifest;
import nl.kennisbank.publish.OutputFolder;
import nl.kennisbank.publish.RedirectPages;
import nl.kennisbank.site.search.SearchStage;
import nl.kennisbank.site.source.SiteSource;
import nl.kennisbank.site.source.SourceFolders;
import nl.kennisbank.site.validate.ValidSite;

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
        nl.kennisbank.jbake.JBakeSettings jbakeFormat = jbakeFormat(options);
        if (jbakeFormat != null) {
            return new JBakeFormatBuild(options, jbakeFormat).check();
        }
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
        nl.kennisbank.jbake.JBakeSettings jbakeFormat = jbakeFormat(options);
        if (jbakeFormat != null) {
            return new JBakeFormatBuild(options, jbakeFormat).build();
        }
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
            SiteSource loaded = timer.time("load", () -> new SourceLoading().load(options, problems, memory));
            read = loaded.documents().size();
            stopOnConfigErrors(problems);
            Rendered rendered = validateAndRender(loaded, options, problems, memory, timer);
            memory.writing(drafts(rendered.site()));
            loaded = null; // a build holds its documents without their Markdown from here on (rendered.site())
            ValidSite site = rendered.site();
            SiteSource source = site.source();
            BuildMemory.Published previous = Files.isDirectory(options.output()) ? memory.published() : null;
            AssetNames assets =
                    source.isKennisbank() ? AssetNames.of(source.jbake().assetFolder()) : AssetNames.none();
            First first = null;
            if (previous != null && shown != null && templates.isEmpty()) {
                Rendered now = rendered;
                first = timer.time(
                        "first", () -> documentsFirst(now, previous, assets, options, output, problems, memory));
                if (first != null) {
                    written += first.written();
                    shown.run();
                }
            }
            BuildMemory.Published last = first != null ? first.state() : previous;
            staging = output.stage();
            Path target = staging;
            Pages pages = renderPages(rendered, last, templates, assets, target, options, problems, memory, timer);
            rendered = null; // a build lets the HTML bodies and page models go before it writes the search index
            written += pages.written();
            if (last == null) {
                String indexId = timer.time("index", () -> {
                    search.index(target);
                    return IndexFolder.seal(target);
                });
                copied = timer.time("publish", () -> {
                    int files = new StaticFiles().copy(source, target, assets);
                    if (source.isKennisbank()) {
                        new StaticFiles().robots(source, target);
                        HeadersFile.write(target, source.settings().basePath(), assets, indexId);
                        files += WebEditorOutput.write(source, target, assets, preview);
                    }
                    Manifest.of(target, OutputFolder.MARKER).write(target);
                    output.publish(target);
                    return files;
                });
            } else {
                timer.time("publish", () -> {
                    new LiveOutput(options.output()).install(target, removed(last, pages.assembled()));
                    return null;
                });
                output.discard(target);
            }
            staging = null;
            if (memory.keeps()) {
                memory.published(
                        published(last, pages.assembled(), pages.rendered(), pages.related(), pages.searchInput()));
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

    /** What the preview's first step left: the state now in the output, and the number of pages it wrote. */
    private record First(BuildMemory.Published state, int written) {}

    /**
     * The preview's first step after a save that changed the site's shape: the pages of the changed documents
     * (with the listings of the last build) rendered and moved into the output, and the pages they no longer have
     * removed. Listing pages that must change are left for the rest of the build: the state returned marks them as
     * not read (so they are rendered), whatever else changes by then.
     *
     * @return null when there was nothing to show first
     */
    private First documentsFirst(
            Rendered rendered,
            BuildMemory.Published last,
            AssetNames assets,
            BuildOptions options,
            OutputFolder output,
            Problems problems,
            BuildMemory memory)
            throws IOException, InterruptedException, BuildFailedException {
        ValidSite site = rendered.site();
        SiteAssembly.First first =
                new SiteAssembly().documentsFirst(site, rendered.bodies(), last.related(), assets, memory.assembly());
        if (first == null) {
            return null;
        }
        java.util.function.Predicate<PageSpec> changed = PageChanges.toRender(
                last, first.assembled(), Set.of(), site.source().jbake());
        Set<String> now = new java.util.HashSet<>();
        Set<String> deferred = new java.util.HashSet<>();
        for (PageSpec page : first.assembled().pages()) {
            if (changed.test(page)) {
                (first.documentPages().contains(page.uri()) ? now : deferred).add(page.uri());
            }
        }
        Path staging = output.stage();
        PageRendering.Partial pages;
        try {
            pages = new PageRendering(options.threads(), false)
                    .renderOnly(
                            site.source().jbake(), first.assembled(), staging, problems, p -> now.contains(p.uri()));
            stopOnErrors(problems, "render");
            new LiveOutput(options.output()).install(staging, removed(last, first.assembled()));
        } finally {
            output.discard(staging);
        }
        BuildMemory.Published state = published(
                last,
                first.assembled(),
                pages,
                last.related(),
                new SearchStage.Input(site, rendered.bodies()),
                deferred);
        memory.published(state);
        return new First(state, pages.written());
    }

    /** The validated site and its bodies as HTML (by document path). */
    private record Rendered(ValidSite site, Map<String, String> bodies) {}

    /**
     * What page rendering leaves for the later stages: the number of files written, and for the preview's memory the
     * site model, the related practices and the search input (null in a build, which lets them go).
     */
    private record Pages(
            int written,
            PageRendering.Partial rendered,
            Assembled assembled,
            Map<String, List<String>> related,
            SearchStage.Input searchInput) {}

    /** Stages related, assemble and render: every page (or, in the preview, the changed ones) written into the staging folder. */
    private Pages renderPages(
            Rendered rendered,
            BuildMemory.Published last,
            Set<String> templates,
            AssetNames assets,
            Path target,
            BuildOptions options,
            Problems problems,
            BuildMemory memory,
            Timer timer)
            throws IOException, InterruptedException, BuildFailedException {
        ValidSite site = rendered.site();
        SiteSource source = site.source();
        SearchStage.Input searchInput = new SearchStage.Input(site, rendered.bodies());
        Map<String, List<String>> related =
                last != null ? last.related() : timer.time("related", () -> search.related(searchInput));
        Assembled assembled = timer.time(
                "assemble",
                () -> new SiteAssembly().assemble(site, rendered.bodies(), related, assets, memory.assembly()));
        PageRendering rendering = new PageRendering(options.threads(), false);
        java.util.function.Predicate<PageSpec> which =
                last == null ? page -> true : PageChanges.toRender(last, assembled, templates, source.jbake());
        PageRendering.Partial pages =
                timer.time("render", () -> rendering.render(source.jbake(), assembled, target, problems, which));
        int written = pages.written()
                + timer.time(
                        "render",
                        () -> RedirectPages.write(
                                        target,
                                        redirects(site),
                                        source.settings().title(),
                                        source.settings().baseUrl(),
                                        assets)
                                + (last != null && assembled.files().equals(last.files())
                                        ? 0
                                        : DataFiles.write(assembled.files(), target)));
        stopOnErrors(problems, "render");
        return memory.keeps()
                ? new Pages(written, pages, assembled, related, searchInput)
                : new Pages(written, null, null, related, null);
    }

    /**
     * Stages 2 and 3. A build lets each body's Markdown tree and text go once it is rendered (the trees take several
     * times the memory of the text); the preview keeps them, to render unchanged bodies again when a link target changes.
     */
    private Rendered validateAndRender(
            SiteSource source, BuildOptions options, Problems problems, BuildMemory memory, Timer timer)
            throws IOException, InterruptedException, BuildFailedException {
        ValidSite validated =
                timer.time("validate", () -> new Validation(markdown, memory).validate(source, options, problems));
        stopOnErrors(problems, "validate");
        Map<String, String> bodies =
                timer.time("markdown", () -> new BodyRendering(markdown, memory).render(validated));
        return new Rendered(memory.keeps() ? validated : validated.withoutTreesAndMarkdown(), bodies);
    }

    /** The site's settings when it is a JBake-format site (no schema.yml), else null; an unreadable configuration is reported later. */
    private static nl.kennisbank.jbake.JBakeSettings jbakeFormat(BuildOptions options) {
        try {
            nl.kennisbank.jbake.JBakeSettings settings = nl.kennisbank.jbake.JBakeSettings.load(options.source());
            return settings.isKnowledgeBase() ? null : settings;
        } catch (nl.kennisbank.jbake.JBakeSettings.Unreadable e) {
            return null;
        }
    }

    private static Set<String> removed(BuildMemory.Published last, Assembled now) {
        Set<String> gone = new java.util.HashSet<>(last.pages().keySet());
        now.pages().forEach(p -> gone.remove(p.uri()));
        return gone;
    }

    private static BuildMemory.Published published(
            BuildMemory.Published last,
            Assembled now,
            PageRendering.Partial rendered,
            Map<String, List<String>> related,
            SearchStage.Input search) {
        return published(last, now, rendered, related, search, Set.of());
    }

    /** @param stale pages in the output that are not what {@code now} says: marked as not read, so the next build renders them */
    private static BuildMemory.Published published(
            BuildMemory.Published last,
            Assembled now,
            PageRendering.Partial rendered,
            Map<String, List<String>> related,
            SearchStage.Input search,
            Set<String> stale) {
        Map<String, PageSpec> pages = new java.util.HashMap<>();
        Map<String, Set<String>> reads = new java.util.HashMap<>();
        for (PageSpec page : now.pages()) {
            pages.put(page.uri(), page);
            Set<String> read = rendered.reads().containsKey(page.uri())
                    ? rendered.reads().get(page.uri())
                    : stale.contains(page.uri()) ? null : last.reads().get(page.uri());
            reads.put(page.uri(), read);
        }
        return new BuildMemory.Published(
                pages, reads, now.globals(), related, search, drafts(search.site()), now.files());
    }

    private static Set<String> drafts(ValidSite site) {
        return site.published().stream()
                .filter(nl.kennisbank.content.Document::draft)
                .map(nl.kennisbank.content.Document::url)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The output folder as problems name it: relative to the source when inside it, else as given. */
    private static nl.kennisbank.problems.Location outputLocation(BuildOptions options) {
        Path out = options.output().toAbsolutePath().normalize();
        Path src = options.source().toAbsolutePath().normalize();
        return nl.kennisbank.problems.Location.file(
                out.startsWith(src) ? src.relativize(out).toString().replace('\\', '/') : out.toString());
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
        return site.published().stream()
                .flatMap(d -> d.references().stream()
                        .filter(r -> r.kind() == Reference.Kind.ALIAS)
                        .map(r -> new RedirectPages.Redirect(r.slug(), d.url(), d.title())))
                .sorted(java.util.Comparator.comparing(RedirectPages.Redirect::from))
                .toList();
    }

    /** Configuration errors stop at once; content errors first go on to validation, so editors see them all. */
    private static void stopOnConfigErrors(Problems problems) throws BuildFailedException {
        if (problems.sorted().stream()
                .anyMatch(p -> p.isError() && p.code().code().startsWith("CONFIG_"))) {
            throw new BuildFailedException("load");
        }
    }

    private static void stopOnErrors(Problems problems, String stage) throws BuildFailedException {
        if (problems.hasErrors()) {
            throw new BuildFailedException(stage);
        }
    }

    /** Measures stages in the order they run: wall time, and the CPU time of the whole process. */
    private static final class Timer {
        private final Map<String, Long> millis = new LinkedHashMap<>();
        private final Map<String, Long> cpuMillis = new LinkedHashMap<>();
        private final java.lang.management.OperatingSystemMXBean os =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();

        interface Stage<T> {
            T run() throws Exception;
        }

        <T> T time(String name, Stage<T> stage) throws IOException, InterruptedException, BuildFailedException {
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            try {
                return stage.run();
            } catch (IOException | InterruptedException | BuildFailedException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                millis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
                long cpuEnd = cpuNanos();
                cpuMillis.merge(
                        name,
                        cpuStart < 0 || cpuEnd < 0 ? -1 : (cpuEnd - cpuStart) / 1_000_000,
                        (a, b) -> a < 0 || b < 0 ? -1 : a + b);
            }
        }

        private long cpuNanos() {
            return os instanceof com.sun.management.OperatingSystemMXBean hotspot ? hotspot.getProcessCpuTime() : -1;
        }

        Map<String, Long> millis() {
            return millis;
        }

        Map<String, Long> cpuMillis() {
            return cpuMillis;
        }
    }
}
