package nl.kennisbank.preview;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Serves the built site on the loopback address only, one virtual thread per connection, so a slow or silent
 * client holds up nobody else. Every connection has a read timeout and a deadline; requests must name this
 * machine in their Host header; malformed paths get a Dutch 400 page. HTML pages get one extra script tag for
 * live reload and the problem overlay.
 */
final class PreviewServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PreviewServer.class.getName());
    private static final String RELOAD_SCRIPT = "<script src=\"/__kennisbank/herladen.js\" defer></script>";

    /**
     * How long a client may take.
     *
     * @param idle        the longest silence while reading a request
     * @param exchange    the longest a whole connection may stay open
     * @param connections the most connections served at once; more are closed at once
     */
    record Limits(Duration idle, Duration exchange, int connections) {
        static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), 256);
    }

    private final ServerSocket socket;
    private final SiteFolder site;
    private final Supplier<BuildState> state;
    private final Limits limits;
    private final HostCheck hosts;
    private final Semaphore permits;
    private final ScheduledExecutorService deadlines;
    private final byte[] script;
    private final byte[] style;
    private final Thread acceptor;

    /** @throws java.net.BindException when the port is taken or not allowed */
    PreviewServer(int port, SiteFolder site, Supplier<BuildState> state, Limits limits) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        this.socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(loopback, port), 64);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        this.site = site;
        this.state = state;
        this.limits = limits;
        this.hosts = new HostCheck(loopback);
        this.permits = new Semaphore(limits.connections());
        this.deadlines = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("kennisbank-preview-deadline").factory());
        this.script = resource("/preview/herladen.js");
        this.style = resource("/preview/voorbeeld.css");
        this.acceptor =
                Thread.ofPlatform().daemon().name("kennisbank-preview-accept").unstarted(this::acceptLoop);
    }

    void start() {
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                if (permits.tryAcquire()) {
                    Thread.ofVirtual().name("kennisbank-preview-connection").start(() -> serve(client));
                } else {
                    client.close(); // too many at once: a local preview has no such load unless something is wrong
                }
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Accepting a connection failed: " + e);
            }
        }
    }

    private void serve(Socket client) {
        ScheduledFuture<?> deadline =
                deadlines.schedule(() -> closeQuietly(client), limits.exchange().toMillis(), TimeUnit.MILLISECONDS);
        try (client) {
            client.setSoTimeout((int) limits.idle().toMillis());
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = new BufferedOutputStream(client.getOutputStream());
            Response response;
            boolean head = false;
            try {
                Optional<HttpRequest> request = HttpRequest.read(in);
                if (request.isEmpty()) {
                    return;
                }
                head = request.get().method().equals("HEAD");
                response = answer(request.get());
            } catch (HttpRequest.Malformed e) {
                response = Response.notice(e.status(), "Ongeldig verzoek", e.getMessage());
            }
            response.write(out, head);
            out.flush();
        } catch (IOException e) {
            // the client went away, was too slow, or stayed silent: nothing to answer
        } finally {
            deadline.cancel(false);
            permits.release();
        }
    }

    private Response answer(HttpRequest request) throws IOException {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return Response.notice(
                            405, "Methode niet toegestaan", "De voorbeeldserver toont alleen pagina's (GET en HEAD).")
                    .with("Allow", "GET, HEAD");
        }
        Optional<String> host = request.header("host");
        if (host.isEmpty() || !hosts.allows(host.get())) {
            return Response.notice(
                    403,
                    "Geen toegang via dit adres",
                    "Deze voorbeeldserver antwoordt alleen op http://localhost:" + port()
                            + "/ . Open de site via dat adres.");
        }
        Optional<String> path =
                request.target().startsWith("/") ? SitePath.decode(request.rawPath()) : Optional.empty();
        if (path.isEmpty()) {
            return Response.notice(
                    400,
                    "Ongeldig adres",
                    "Dit adres bevat tekens die niet kloppen (bijvoorbeeld een % zonder twee cijfers erachter). "
                            + "Controleer de link of typ het adres opnieuw.");
        }
        return switch (path.get()) {
            case "/__kennisbank/status" ->
                new Response(200, "application/json", state.get().toJson().getBytes(StandardCharsets.UTF_8));
            case "/__kennisbank/herladen.js" -> new Response(200, SiteFolder.contentType("herladen.js"), script);
            case "/__kennisbank/voorbeeld.css" -> new Response(200, SiteFolder.contentType("voorbeeld.css"), style);
            default -> file(path.get());
        };
    }

    private Response file(String path) throws IOException {
        return switch (site.lookup(path)) {
            case SiteFolder.Lookup.Found found -> {
                String type = SiteFolder.contentType(found.file().getFileName().toString());
                byte[] body = Files.readAllBytes(found.file());
                if (type.startsWith("text/html") && state.get().drafts().contains(pageUrl(path))) {
                    body = ConceptBanner.add(body);
                }
                // the web editor is never reloaded under an editor's hands (a save there rebuilds the preview)
                boolean reload = type.startsWith("text/html")
                        && !path.startsWith("/" + nl.kennisbank.webeditor.WebEditor.FOLDER + "/");
                yield new Response(200, type, reload ? withReload(body) : body);
            }
            case SiteFolder.Lookup.Outside outside ->
                Response.notice(403, "Verboden", "Dit adres valt buiten de site.");
            case SiteFolder.Lookup.Missing missing -> notFound();
        };
    }

    private Response notFound() throws IOException {
        if (state.get().version() == 0) {
            return new Response(
                            503,
                            "text/html; charset=utf-8",
                            withReload(
                                    NoticePage.html(
                                            "De site wordt gebouwd",
                                            "Even geduld: deze pagina ververst zelf zodra de site klaar is. Lukt het bouwen niet, dan staan de problemen hieronder.")))
                    .with("Retry-After", "1");
        }
        Optional<java.nio.file.Path> page = site.notFoundPage();
        byte[] body = page.isPresent()
                ? Files.readAllBytes(page.get())
                : NoticePage.html("Pagina niet gevonden", "Deze pagina bestaat niet (meer) in het voorbeeld.");
        return new Response(404, "text/html; charset=utf-8", withReload(body));
    }

    /** The site-relative URL of the page a path shows: {@code /a/b/index.html} and {@code /a/b/} are {@code a/b/}. */
    private static String pageUrl(String path) {
        String url = path.substring(1);
        return url.endsWith("index.html")
                ? url.substring(0, url.length() - "index.html".length())
                : url.isEmpty() || url.endsWith("/") ? url : url + "/";
    }

    private static byte[] withReload(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</body>");
        return (end < 0 ? text + RELOAD_SCRIPT : text.substring(0, end) + RELOAD_SCRIPT + text.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static void closeQuietly(Socket client) {
        try {
            client.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        deadlines.shutdownNow();
        try {
            acceptor.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
