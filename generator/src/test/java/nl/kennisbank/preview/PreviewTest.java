package nl.kennisbank.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewTest {

    @Test
    void rebuildsOnSaveAndReportsProblemsWhileKeepingTheLastGoodSite(@TempDir Path tmp) throws Exception {
        try (RunningPreview preview = new RunningPreview(tmp)) {
            HttpResponse<String> page = preview.awaitStatus("/over/", 200);
            assertTrue(page.body().contains("/__kennisbank/herladen.js"), "live reload script injected");
            assertEquals(
                    403,
                    preview.get("/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd").statusCode(),
                    "paths outside the site are refused");

            Files.writeString(preview.source().resolve("content/over.md"), "---\ntitel: Nieuwe titel\n---\nTekst\n");
            preview.awaitBody("/over/", "Nieuwe titel");

            Files.writeString(preview.source().resolve("content/over.md"), "---\ntitel: [kapot\n---\n");
            preview.awaitBody("/__kennisbank/status", "YAML_SYNTAX");
            assertTrue(preview.get("/over/").body().contains("Nieuwe titel"), "the last good site stays served");
        }
    }

    @Test
    void keepsServingAfterABuildCrashesAndRebuildsOnceTheFileIsFixed(@TempDir Path tmp) throws Exception {
        SearchStage crashing = new SearchStage() {
            @Override
            public Map<String, List<String>> related(Input input) {
                if (input.bodies().values().stream().anyMatch(b -> b.contains("BOEM"))) {
                    throw new StackOverflowError();
                }
                return Map.of();
            }

            @Override
            public String index(Path siteFolder, nl.kennisbank.publish.WrittenFiles written) {
                return ""; // no index needed
            }
        };
        try (RunningPreview preview = new RunningPreview(tmp, crashing, PreviewServer.Limits.DEFAULT)) {
            preview.awaitStatus("/over/", 200);
            Path over = preview.source().resolve("content/over.md");
            Files.writeString(over, "---\ntitel: Over\n---\nBOEM\n");
            Files.writeString(
                    preview.source().resolve("assets/extra.txt"),
                    "a change outside content/ makes the whole site build again");
            preview.awaitBody("/__kennisbank/status", "vastgelopen door een fout in de kennisbank zelf");
            String status = preview.get("/__kennisbank/status").body();
            assertTrue(status.contains("content/over.md"), "the overlay names the file just changed: " + status);
            assertTrue(preview.isRunning(), "the preview keeps running after a crash");
            assertEquals(200, preview.get("/over/").statusCode(), "the last good site stays served");

            Files.writeString(
                    over, "---\ntitel: Hersteld\nbronnen: []\n---\nGoed\n"); // no sources: no BRONNEN_MISSING warning
            preview.awaitBody("/over/", "Hersteld");
            preview.awaitBody("/__kennisbank/status", "\"problems\":[]");
        }
    }

    @Test
    void halfOpenConnectionsNeitherFreezeTheServerNorStayOpen(@TempDir Path tmp) throws Exception {
        PreviewServer.Limits shortLimits = new PreviewServer.Limits(Duration.ofMillis(500), Duration.ofSeconds(3), 64);
        try (RunningPreview preview = new RunningPreview(tmp, SearchStage.NONE, shortLimits)) {
            preview.awaitStatus("/over/", 200);
            List<Socket> silent = new ArrayList<>();
            try {
                for (int i = 0; i < 12; i++) {
                    Socket s = new Socket("127.0.0.1", preview.port());
                    s.getOutputStream().write("GET /over/ HTTP/1.1\r\nHost: loc".getBytes());
                    s.getOutputStream().flush();
                    silent.add(s);
                }
                long start = System.nanoTime();
                assertEquals(200, preview.get("/over/").statusCode());
                assertTrue(System.nanoTime() - start < 2_000_000_000L, "served while twelve connections hang");
                for (Socket s : silent) {
                    s.setSoTimeout(5000);
                    InputStream in = s.getInputStream();
                    assertEquals(-1, in.read(), "a silent connection is closed after the idle timeout");
                }
            } finally {
                for (Socket s : silent) {
                    s.close();
                }
            }
        }
    }

    @Test
    void answersOnlyRequestsAddressedToThisMachine(@TempDir Path tmp) throws Exception {
        try (RunningPreview preview = new RunningPreview(tmp)) {
            preview.awaitStatus("/over/", 200);
            for (String host : List.of(
                    "localhost",
                    "localhost:" + preview.port(),
                    "127.0.0.1:" + preview.port(),
                    "[::1]:" + preview.port())) {
                String answer = preview.raw("GET /over/ HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
                assertTrue(answer.startsWith("HTTP/1.1 200 "), host + " → " + firstLine(answer));
            }
            for (String host : List.of(
                    "evil.example", "evil.example:" + preview.port(), "localhost.evil.example", "127.0.0.1.nip.io")) {
                String answer = preview.raw("GET /over/ HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
                assertTrue(answer.startsWith("HTTP/1.1 403 "), host + " → " + firstLine(answer));
                assertTrue(
                        answer.contains("lang=\"nl\"") && answer.contains("alleen op http://localhost:"),
                        "a Dutch page: " + answer);
            }
            assertTrue(
                    preview.raw("GET /over/ HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 403 "), "no Host header, no page");
        }
    }

    @Test
    void malformedAddressesGetADutchBadRequestPage(@TempDir Path tmp) throws Exception {
        try (RunningPreview preview = new RunningPreview(tmp)) {
            preview.awaitStatus("/over/", 200);
            for (String target : List.of("/%ZZ", "/%", "/%C3%28", "/a%00b", "*", "/over/%5c..%5c")) {
                String answer = preview.raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
                assertTrue(answer.startsWith("HTTP/1.1 400 "), target + " → " + firstLine(answer));
                assertTrue(answer.contains("Ongeldig adres") && !answer.contains("Exception"), target + ": " + answer);
            }
            String garbage = preview.raw("DIT IS GEEN HTTP\r\n\r\n");
            assertTrue(garbage.startsWith("HTTP/1.1 400 ") && garbage.contains("geen geldig HTTP-verzoek"), garbage);
            String post = preview.raw("POST /over/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n");
            assertTrue(post.startsWith("HTTP/1.1 405 ") && post.contains("Allow: GET, HEAD"), post);
        }
    }

    @Test
    void headAnswersWithTheHeadersOfGetAndNoBody(@TempDir Path tmp) throws Exception {
        try (RunningPreview preview = new RunningPreview(tmp)) {
            String get = preview.raw("GET /over/ HTTP/1.1\r\nHost: localhost\r\n\r\n");
            String head = preview.raw("HEAD /over/ HTTP/1.1\r\nHost: localhost\r\n\r\n");
            String headers = get.substring(0, get.indexOf("\r\n\r\n") + 4);
            assertEquals(headers, head, "the same headers, nothing after them");
            int length = get.getBytes(java.nio.charset.StandardCharsets.UTF_8).length - headers.length();
            assertTrue(length > 0 && headers.contains("Content-Length: " + length + "\r\n"), headers);
        }
    }

    @Test
    void aDanglingLinkInTheContentDoesNotStopThePreview(@TempDir Path tmp) throws Exception {
        try (RunningPreview preview = new RunningPreview(tmp)) {
            preview.awaitStatus("/over/", 200);
            Path link = preview.source().resolve("content/kapot.md");
            Files.createSymbolicLink(link, preview.source().resolve("content/bestaat-niet.md"));
            preview.awaitBody("/__kennisbank/status", "kapot.md");
            assertTrue(preview.isRunning(), "still running");
            Files.delete(link);
            Files.writeString(preview.source().resolve("content/over.md"), "---\ntitel: Weer heel\n---\nTekst\n");
            preview.awaitBody("/over/", "Weer heel");
        }
    }

    @Test
    void watchesFoldersCreatedAfterTheStart(@TempDir Path tmp) throws Exception {
        try (RunningPreview preview = new RunningPreview(tmp)) {
            preview.awaitStatus("/over/", 200);
            Path folder = preview.source().resolve("content/nieuw/dieper");
            Files.createDirectories(folder);
            Thread.sleep(300); // the folder exists on its own first, as when an editor makes it in a file manager
            Files.writeString(folder.resolve("pagina.md"), "---\ntitel: Een nieuwe pagina\n---\nTekst\n");
            preview.awaitBody("/nieuw/dieper/pagina/", "Een nieuwe pagina");
            Files.writeString(folder.resolve("pagina.md"), "---\ntitel: Nog eens gewijzigd\n---\nTekst\n");
            preview.awaitBody("/nieuw/dieper/pagina/", "Nog eens gewijzigd");
        }
    }

    private static String firstLine(String answer) {
        int end = answer.indexOf("\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }
}
