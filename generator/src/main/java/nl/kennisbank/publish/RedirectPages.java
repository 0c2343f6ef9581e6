package nl.kennisbank.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.kennisbank.html.HtmlText;

/**
 * Small pages at a moved page's old addresses ({@code aliassen:} in its front matter): they send the browser on at
 * once (meta refresh, the only redirect a static host always honours), name the new address as canonical for search
 * engines, and show a Dutch link for whoever the refresh does not move. Valid HTML, in Dutch, in a main landmark.
 */
public final class RedirectPages {

    /** One old address and the page now there. @param from the old site-relative URL ending in '/' */
    public record Redirect(String from, String to, String title) {}

    private static final String CSP =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private RedirectPages() {}

    /** @return the number of pages written */
    public static int write(
            Path site,
            List<Redirect> redirects,
            String siteTitle,
            String baseUrl,
            AssetNames assets,
            WrittenFiles written)
            throws IOException {
        for (Redirect r : redirects) {
            written.writeMakingFolder(
                    site,
                    r.from() + "index.html",
                    html(r, siteTitle, baseUrl, assets).getBytes(StandardCharsets.UTF_8));
        }
        return redirects.size();
    }

    static String html(Redirect r, String siteTitle, String baseUrl, AssetNames assets) {
        String root = "../".repeat((int) r.from().chars().filter(c -> c == '/').count());
        String target = HtmlText.escape(root + r.to());
        String canonical = baseUrl.isEmpty() ? target : HtmlText.escape(baseUrl + r.to());
        String title = HtmlText.escape(r.title());
        return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">\n"
                + "<title>Verplaatst: " + title + " | " + HtmlText.escape(siteTitle) + "</title>\n"
                + "<link rel=\"canonical\" href=\"" + canonical + "\">\n"
                + stylesheets(root, assets)
                + "</head>\n<body>\n<main id=\"inhoud\">\n<h1>Deze pagina is verplaatst</h1>\n"
                + "<p>De pagina staat nu op een nieuw adres: <a href=\"" + target + "\">" + title + "</a>.</p>\n"
                + "<p>Je browser gaat er vanzelf heen. Gebeurt dat niet, kies dan de link. Heb je dit adres bewaard? Bewaar dan het nieuwe.</p>\n"
                + "</main>\n</body>\n</html>\n";
    }

    /** The site's stylesheets (their hashed names), in path order as the layout links them. */
    private static String stylesheets(String root, AssetNames assets) {
        StringBuilder links = new StringBuilder();
        assets.asMap().forEach((rel, published) -> {
            if (rel.startsWith("css/") && rel.endsWith(".css")) {
                links.append("<link rel=\"stylesheet\" href=\"")
                        .append(HtmlText.escape(root + published))
                        .append("\">\n");
            }
        });
        return links.toString();
    }
}
