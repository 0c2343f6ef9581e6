package nl.kennisbank.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.FixtureSites;
import nl.kennisbank.site.SitePipeline;
import nl.kennisbank.site.search.SearchStage;

/** A preview of a copy of the golden site on a free port, run on its own thread, with helpers to talk to it. */
final class RunningPreview implements AutoCloseable {

    private final HttpClient http = HttpClient.newHttpClient();
    private final StringWriter log = new StringWriter();
    private final Thread loop;
    private final Path source;
    private final int port;

    RunningPreview(Path tmp, SearchStage search, PreviewServer.Limits limits) throws Exception {
        this(copyOfGolden(tmp), tmp.resolve("voorbeeld"), search, limits);
    }

    private static Path copyOfGolden(Path tmp) {
        Path source = tmp.resolve("bron");
        FixtureSites.copyTree(FixtureSites.golden(), source);
        return source;
    }

    /** A preview of {@code source} into {@code output}. */
    RunningPreview(Path source, Path output, SearchStage search, PreviewServer.Limits limits) throws Exception {
        this.source = source;
        BuildOptions options =
                new BuildOptions(source, output, Optional.empty(), true, 2); // drafts shown, as serve does
        Preview preview = new Preview(new SitePipeline(search), new PrintWriter(log, true), limits, true);
        loop = new Thread(
                () -> {
                    try {
                        preview.run(options, 0);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        log.write("preview stopped: " + e);
                    }
                },
                "preview-under-test");
        loop.setDaemon(true);
        loop.start();
        this.port = awaitPort();
    }

    RunningPreview(Path tmp) throws Exception {
        this(tmp, SearchStage.NONE, PreviewServer.Limits.DEFAULT);
    }

    Path source() {
        return source;
    }

    int port() {
        return port;
    }

    String log() {
        return log.toString();
    }

    boolean isRunning() {
        return loop.isAlive();
    }

    private int awaitPort() throws InterruptedException {
        Pattern url = Pattern.compile("http://localhost:(\\d+)/");
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until && loop.isAlive()) {
            Matcher m = url.matcher(log.toString());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the preview never said where it listens: " + log);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends raw bytes and returns everything the server answers until it closes the connection. */
    String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    HttpResponse<String> awaitStatus(String path, int status) throws Exception {
        long until = System.currentTimeMillis() + 180_000; // the first build of a whole site, on a busy machine
        while (true) {
            int got;
            try {
                HttpResponse<String> r = get(path);
                if (r.statusCode() == status) {
                    return r;
                }
                got = r.statusCode();
            } catch (java.net.http.HttpTimeoutException e) {
                got = -1; // a machine this busy may miss a deadline while the first build runs: ask again
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("no " + status + " for " + path + " but " + got + "; log:\n" + log);
            }
            Thread.sleep(50);
        }
    }

    /** Polls until the page contains the text; returns how long that took. */
    Duration awaitBody(String path, String text) throws Exception {
        long start = System.nanoTime();
        long until = System.currentTimeMillis() + 30_000;
        while (!get(path).body().contains(text)) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(path + " never contained " + text + "; log:\n" + log);
            }
            Thread.sleep(10);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Polls until the page no longer contains the text (a listing follows its changed document's own page). */
    void awaitBodyWithout(String path, String text) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (get(path).body().contains(text)) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(path + " still contains " + text + "; log:\n" + log);
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws InterruptedException {
        loop.interrupt();
        loop.join(10_000);
        http.close();
    }
}
