package nl.kennisbank.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The pages of a built site as URL paths: {@code praktijkvoorbeelden/u-pas-utrecht/}, {@code 404.html}. */
final class SitePages {

    private SitePages() {}

    /** True for a redirect page (an old address from aliassen:), which a browser leaves at once. */
    static boolean isRedirect(Path site, String page) {
        Path file = site.resolve(page.isEmpty() || page.endsWith("/") ? page + "index.html" : page);
        try {
            return Files.readString(file).contains("<meta http-equiv=\"refresh\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> of(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .map(p -> p.equals("index.html")
                            ? ""
                            : p.endsWith("/index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
