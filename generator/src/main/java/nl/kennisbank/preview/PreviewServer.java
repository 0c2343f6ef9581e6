package nl.kennisbank.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves the built site on the loopback address only. HTML pages get one extra script tag for live reload;
 * nothing is served from outside the site folder.
 */
final class PreviewServer implements AutoCloseable {

    private static final String RELOAD_SCRIPT = "<script src=\"/__kennisbank/herladen.js\" defer></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final HttpServer server;
    private final Path site;
    private final AtomicReference<BuildState> state;

    PreviewServer(int port, Path site, AtomicReference<BuildState> state) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.state = state;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/__kennisbank/status", ex -> send(ex, 200, "application/json", state.get().toJson().getBytes(StandardCharsets.UTF_8)));
        server.createContext("/__kennisbank/herladen.js", ex -> send(ex, 200, TYPES.get("js"), script()));
        server.createContext("/", this::file);
        server.setExecutor(Executors.newFixedThreadPool(4));
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void file(HttpExchange ex) throws IOException {
        String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        Path file = site.resolve(path.substring(1)).normalize();
        if (!file.startsWith(site)) {
            send(ex, 403, TYPES.get("txt"), "Verboden".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            Path notFound = site.resolve("404.html");
            byte[] body = Files.exists(notFound) ? withReload(Files.readAllBytes(notFound)) : "Niet gevonden".getBytes(StandardCharsets.UTF_8);
            send(ex, 404, TYPES.get("html"), body);
            return;
        }
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        byte[] body = Files.readAllBytes(file);
        send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), ext.equals("html") ? withReload(body) : body);
    }

    private static byte[] withReload(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</body>");
        return (end < 0 ? text + RELOAD_SCRIPT : text.substring(0, end) + RELOAD_SCRIPT + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] script() throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/preview/herladen.js")) {
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
