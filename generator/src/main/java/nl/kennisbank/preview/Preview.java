package nl.kennisbank.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.site.BuildMemory;
import nl.kennisbank.site.BuildReport;
import nl.kennisbank.site.SitePipeline;

/**
 * The preview loop: serve, build, and rebuild whenever the source changes, until interrupted. Nothing a build
 * does stops the loop: problems and even crashes are shown in the page, and the next save tries again.
 */
public final class Preview {

    private static final System.Logger LOG = System.getLogger(Preview.class.getName());
    private static final List<String> WATCHED = List.of("content", "templates", "assets", "data");

    private final SitePipeline pipeline;
    private final PrintWriter out;
    private final PreviewServer.Limits limits;
    private final boolean verbose;
    private final BuildMemory memory = BuildMemory.forPreview();
    private final AtomicReference<BuildState> state = new AtomicReference<>(new BuildState(0, List.of()));
    private final SearchInBackground search;
    private final SaveProblems printed = new SaveProblems();

    /** @param verbose print the time each stage took after every build */
    public Preview(SitePipeline pipeline, PrintWriter out, boolean verbose) {
        this(pipeline, out, PreviewServer.Limits.DEFAULT, verbose);
    }

    Preview(SitePipeline pipeline, PrintWriter out, PreviewServer.Limits limits, boolean verbose) {
        this.pipeline = pipeline;
        this.out = out;
        this.limits = limits;
        this.verbose = verbose;
        this.search = new SearchInBackground(pipeline, memory, SearchInBackground.DELAY_MILLIS);
    }

    /**
     * Runs until the thread is interrupted.
     *
     * @param port the port on localhost; 0 picks a free one
     * @throws PreviewUnavailableException when the port cannot be used (a Dutch message says what to do)
     */
    public void run(BuildOptions options, int port)
            throws IOException, InterruptedException, PreviewUnavailableException {
        try (PreviewServer server = open(port, options);
                SourceWatcher watcher = new SourceWatcher(options.source(), WATCHED);
                SearchInBackground search = this.search) {
            server.start();
            out.println("Voorbeeld op http://localhost:" + server.port()
                    + "/ — opslaan is genoeg, de pagina ververst zelf. Stoppen: Ctrl+C.");
            out.flush();
            build(options, List.of(), Set.of());
            while (!Thread.currentThread().isInterrupted()) {
                SourceWatcher.Changes changes =
                        search.pending() ? watcher.awaitChange(SearchInBackground.POLL_MILLIS) : watcher.awaitChange();
                if (changes == null) {
                    applySearch(options);
                    continue;
                }
                Set<String> templates = new TreeSet<>();
                boolean everything = changes.overflow();
                boolean relevant = everything;
                for (String path : changes.paths()) {
                    if (isEditorScratch(path)) {
                        continue; // an editor's temporary or back-up file: the save itself comes as its own change
                    }
                    relevant = true;
                    if (path.startsWith("templates/")) {
                        templates.add(path.substring("templates/".length()));
                    } else if (!path.startsWith("content/") || !path.endsWith(".md")) {
                        everything = true; // settings, data, assets or a static file: everything may depend on it
                    }
                }
                if (!relevant) {
                    memory.watched(changes.paths()); // no build now, but the next one's view of content/ includes them
                    continue;
                }
                if (everything) {
                    memory.forget();
                }
                build(options, List.copyOf(changes.paths()), templates);
            }
        }
    }

    /** Applies the background search refresh when it is ready; a stale one is dropped and prepared again. */
    private void applySearch(BuildOptions options) {
        try {
            Optional<BuildReport> report = search.takeReady(options);
            if (report.isEmpty()) {
                return;
            }
            printed.lines(report.get().problems(), List.of()).forEach(out::println);
            out.println(
                    report.get().succeeded()
                            ? "Zoeken en verwante praktijkvoorbeelden bijgewerkt."
                            : "Zoeken niet bijgewerkt: " + report.get().errors() + " fout(en).");
            out.flush();
            if (report.get().succeeded()) {
                BuildState now = state.get();
                state.set(new BuildState(now.version() + 1, now.problems(), memory.draftUrls()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) { // like a build: the preview keeps serving, the next save prepares a new refresh
            LOG.log(System.Logger.Level.ERROR, "Search refresh failed: " + e);
        }
    }

    /** Files editors and tools write next to the real one while saving ({@code x.md.tmp}, {@code .x.swp}, {@code x~}, vim's 4913). */
    static boolean isEditorScratch(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith(".")
                || name.startsWith("#")
                || name.endsWith("~")
                || name.endsWith(".tmp")
                || name.endsWith(".swp")
                || name.endsWith(".swx")
                || name.endsWith(".orig")
                || name.equals("4913");
    }

    private PreviewServer open(int port, BuildOptions options) throws IOException, PreviewUnavailableException {
        try {
            // the drafts from the memory, not the state: they are known before a build's pages reach the output
            return new PreviewServer(
                    port, new SiteFolder(options.output()), () -> state.get().withDrafts(memory.draftUrls()), limits);
        } catch (BindException e) {
            String inUse = "Poort " + port
                    + " is al in gebruik, misschien door een ander ./kennisbank serve. Stop dat eerst (Ctrl+C in dat venster) "
                    + "of kies een andere poort, bijvoorbeeld: ./kennisbank serve --port "
                    + (port == 65535 ? 8081 : port + 1);
            String other = "Poort " + port
                    + " kan niet worden geopend. Kies een poort boven 1024, bijvoorbeeld: ./kennisbank serve --port 8081";
            throw new PreviewUnavailableException(String.valueOf(e.getMessage()).contains("in use") ? inUse : other);
        }
    }

    private void build(BuildOptions options, List<String> changed, Set<String> templates) {
        List<String> problems;
        boolean succeeded;
        try {
            memory.watched(changed);
            BuildReport report = pipeline.preview(options, memory, templates, () -> {
                BuildState now = state.get(); // the changed pages are in the output: let the browser show them
                state.set(new BuildState(now.version() + 1, List.of(), memory.draftUrls()));
            });
            succeeded = report.succeeded();
            printed.lines(report.problems(), changed).forEach(out::println);
            // the page's overlay shows what stopped the update; warnings are for the terminal and check
            problems = report.problems().stream()
                    .filter(Problem::isError)
                    .map(Problem::format)
                    .toList();
            if (verbose) {
                report.stageMillis().forEach((stage, ms) -> out.printf("  %-10s %6d ms%n", stage, ms));
            }
            out.println(
                    succeeded
                            ? "Bijgewerkt: " + report.pagesWritten() + " pagina's in " + report.totalMillis() + " ms."
                            : "Niet bijgewerkt: " + report.errors() + " fout(en).");
            if (succeeded && !report.stageMillis().containsKey("index")) {
                search.schedule(options.output()); // a partial build kept the old search index and related practices
            } else {
                search.cancel();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (
                Throwable
                        e) { // a crash in one build must not stop the preview: show it, keep serving, try again on the
            // next save
            StackTraceElement[] trace = e.getStackTrace();
            LOG.log(
                    System.Logger.Level.ERROR,
                    "Preview build failed: " + e + (trace.length > 0 ? " at " + trace[0] : ""));
            problems = List.of(new BuildFailure(options.source()).describe(e, changed));
            memory.forget(); // a half-done build may have left the memory inconsistent: start afresh next time
            succeeded = false;
            out.println(problems.get(0));
        }
        out.flush();
        long version = state.get().version() + (succeeded ? 1 : 0);
        state.set(new BuildState(version, problems, memory.draftUrls()));
    }
}
