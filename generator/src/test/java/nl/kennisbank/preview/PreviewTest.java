package nl.kennisbank.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.FixtureSites;
import nl.kennisbank.site.SearchStage;
import nl.kennisbank.site.SitePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rebuildsOnSaveAndReportsProblemsWhileKeepingTheLastGoodSite(@TempDir Path tmp) throws Exception {
        Path source = tmp.resolve("bron");
        FixtureSites.copyTree(FixtureSites.golden(), source);
        BuildOptions options = new BuildOptions(source, tmp.resolve("voorbeeld"), Optional.empty(), false, 2);
        StringWriter log = new StringWriter();
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        int chosen = port;
        Thread loop = new Thread(() -> {
            try {
                new Preview(new SitePipeline(SearchStage.NONE), new PrintWriter(log, true)).run(options, chosen);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        loop.setDaemon(true);
        loop.start();
        try {
            HttpResponse<String> page = awaitStatus(port, "/over/", 200);
            assertTrue(page.body().contains("/__kennisbank/herladen.js"), "live reload script injected");
            HttpResponse<String> escape = get(port, "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
            assertEquals(403, escape.statusCode(), "paths outside the site are refused");

            Files.writeString(source.resolve("content/over.md"), "---\ntitel: Nieuwe titel\n---\nTekst\n");
            awaitBody(port, "/over/", "Nieuwe titel");

            Files.writeString(source.resolve("content/over.md"), "---\ntitel: [kapot\n---\n");
            awaitBody(port, "/__kennisbank/status", "YAML_SYNTAX");
            assertTrue(get(port, "/over/").body().contains("Nieuwe titel"), "the last good site stays served");
        } finally {
            loop.interrupt();
        }
    }

    private HttpResponse<String> awaitStatus(int port, String path, int status) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (true) {
            try {
                HttpResponse<String> r = get(port, path);
                if (r.statusCode() == status) {
                    return r;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("no " + status + " for " + path);
            }
            Thread.sleep(100);
        }
    }

    private void awaitBody(int port, String path, String text) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (!get(port, path).body().contains(text)) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(path + " never contained " + text);
            }
            Thread.sleep(100);
        }
    }
}
