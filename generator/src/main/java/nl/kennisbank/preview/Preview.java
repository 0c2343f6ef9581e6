package nl.kennisbank.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.site.BuildReport;
import nl.kennisbank.site.SitePipeline;

/** The preview loop: build, serve, and rebuild whenever the source changes, until interrupted. */
public final class Preview {

    private static final List<String> WATCHED = List.of("content", "templates", "assets", "data");

    private final SitePipeline pipeline;
    private final PrintWriter out;

    public Preview(SitePipeline pipeline, PrintWriter out) {
        this.pipeline = pipeline;
        this.out = out;
    }

    public void run(BuildOptions options, int port) throws IOException, InterruptedException {
        AtomicReference<BuildState> state = new AtomicReference<>(new BuildState(0, List.of()));
        build(options, state);
        try (PreviewServer server = new PreviewServer(port, options.output(), state);
             SourceWatcher watcher = new SourceWatcher(options.source(), WATCHED)) {
            server.start();
            out.println("Voorbeeld op http://localhost:" + server.port() + "/ — opslaan is genoeg, de pagina ververst zelf. Stoppen: Ctrl+C.");
            out.flush();
            while (!Thread.currentThread().isInterrupted()) {
                watcher.awaitChange();
                build(options, state);
            }
        }
    }

    private void build(BuildOptions options, AtomicReference<BuildState> state) throws IOException, InterruptedException {
        BuildReport report = pipeline.build(options);
        List<String> problems = report.problems().stream().map(Problem::format).toList();
        problems.forEach(out::println);
        out.println(report.succeeded() ? "Bijgewerkt in " + report.totalMillis() + " ms." : "Niet bijgewerkt: " + report.errors() + " fout(en).");
        out.flush();
        long version = report.succeeded() ? state.get().version() + 1 : state.get().version();
        state.set(new BuildState(version, problems));
    }
}
