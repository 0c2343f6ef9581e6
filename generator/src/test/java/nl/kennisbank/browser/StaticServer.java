package nl.kennisbank.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.kennisbank.preview.SiteFolder;

/**
 * Serves a built site folder on the loopback address, as a plain static host would: folders answer with their
 * index.html, unknown paths with the site's 404.html and status 404, and nothing outside the folder is served.
 * Which file a path names and its Content-Type come from the preview's {@link SiteFolder}, so the tests and the
 * preview serve a site alike. {@code -Dkennisbank.serverLog=true} prints every response.
 */
public final class StaticServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final SiteFolder site;
    private final String basePath;
    private final boolean holdRedirects;
    private final java.util.Queue<Response> served = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** One response: the path asked for and the body bytes sent. */
    public record Response(String path, int bytes) {}

    private StaticServer(Path root, String basePath, boolean holdRedirects) throws IOException {
        this.site = new SiteFolder(root);
        this.basePath = basePath;
        this.holdRedirects = holdRedirects;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(basePath, this::serve);
        if (!basePath.equals("/")) {
            server.createContext("/", StaticServer::nothing); // outside the sub-path the host has nothing
        }
        server.setExecutor(executor);
        server.start();
    }

    /** Starts serving {@code root} on a free loopback port. */
    public static StaticServer serve(Path root) {
        return serveUnder(root, "/");
    }

    /**
     * Starts serving {@code root} under a sub-path such as {@code /kennisbank/}, as GitHub Pages serves a project site;
     * every other path answers 404 with an empty body.
     */
    public static StaticServer serveUnder(Path root, String basePath) {
        try {
            return new StaticServer(root, basePath, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Serves {@code root} with every {@code <meta http-equiv="refresh">} left out, so a browser test can look at a
     * redirect page (aliassen:) as it shows before the browser moves on, instead of at the page it moves to.
     */
    public static StaticServer serveHoldingRedirects(Path root) {
        try {
            return new StaticServer(root, "/", true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute URL of a site path such as {@code zoeken/?q=armoede}. */
    public String url(String sitePath) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath)
                .resolve(sitePath)
                .toString();
    }

    private static void nothing(HttpExchange ex) throws IOException {
        try (ex) {
            ex.sendResponseHeaders(404, -1);
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            int status = 200;
            Path file = site.lookup("/" + path.substring(basePath.length())) instanceof SiteFolder.Lookup.Found found
                    ? found.file()
                    : null;
            if (file == null) {
                file = site.notFoundPage().orElse(null);
                status = 404;
            }
            byte[] body = file != null ? Files.readAllBytes(file) : new byte[0];
            String name = file != null ? file.getFileName().toString() : "404.html";
            if (holdRedirects && name.endsWith(".html")) {
                body = new String(body, StandardCharsets.UTF_8)
                        .replaceAll("<meta http-equiv=\"refresh\"[^>]*>\n?", "")
                        .getBytes(StandardCharsets.UTF_8);
            }
            ex.getResponseHeaders().set("Content-Type", SiteFolder.contentType(name));
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
            served.add(new Response(path, body.length));
            if (Boolean.getBoolean("kennisbank.serverLog")) {
                System.err.println("served " + status + " " + path + " " + body.length + " bytes");
            }
        }
    }

    /** The responses since the last call of this or {@link #takeBytesServed}. */
    public List<Response> takeResponses() {
        List<Response> out = new java.util.ArrayList<>();
        for (Response r = served.poll(); r != null; r = served.poll()) {
            out.add(r);
        }
        return out;
    }

    /** Body bytes of the responses since the last call whose path starts with one of the prefixes. */
    public long takeBytesServed(String... prefixes) {
        long sum = 0;
        for (Response r = served.poll(); r != null; r = served.poll()) {
            for (String prefix : prefixes) {
                if (r.path().startsWith(prefix)) {
                    sum += r.bytes();
                    break;
                }
            }
        }
        return sum;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
