package nl.kennisbank.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A built site folder seen as a static host sees it: a decoded URL path names a file inside the folder, a folder
 * answers with its {@code index.html}, and nothing outside the folder (also not through a link) is ever named.
 */
public final class SiteFolder {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final Path root;

    public SiteFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Where a decoded path leads. */
    public sealed interface Lookup {
        /** A file inside the site. */
        record Found(Path file) implements Lookup {}

        /** Nothing there. */
        record Missing() implements Lookup {}

        /** The path points outside the site folder. */
        record Outside() implements Lookup {}
    }

    /** @param path a decoded URL path starting with {@code /} */
    public Lookup lookup(String path) throws IOException {
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) {
            return new Lookup.Outside();
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return new Lookup.Missing();
        }
        if (!file.toRealPath().startsWith(root.toRealPath())) {
            return new Lookup.Outside();
        }
        return new Lookup.Found(file);
    }

    /** The site's own 404 page, if it has one. */
    public Optional<Path> notFoundPage() {
        Path page = root.resolve("404.html");
        return Files.isRegularFile(page) ? Optional.of(page) : Optional.empty();
    }

    /** The Content-Type for a file name, by its extension; unknown types are sent as bytes. */
    public static String contentType(String fileName) {
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
