package nl.kennisbank.gates;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Checks that a built site tells no one else about its visitors: every page has a strict Content-Security-Policy
 * ({@link ContentSecurityPolicy}), no element loads a resource from another host (scripts, style sheets, icons,
 * images, media, frames, objects; also protocol-relative {@code //host} URLs), no inline style or style sheet of the
 * site refers to another host with {@code url(…)} or {@code @import}, and no page has an inline script (a JSON-LD data
 * block, {@code <script type="application/ld+json">}, is data, not a script).
 * Outgoing {@code <a href>} links are allowed: following one is the visitor's choice.
 */
final class PrivacyScanner {

    /** Elements and the attribute through which they load a resource. */
    private static final List<UrlAttribute> RESOURCES = List.of(
            new UrlAttribute("script[src]", "src"),
            new UrlAttribute("link[href]", "href"),
            new UrlAttribute("img[src]", "src"),
            new UrlAttribute("img[srcset]", "srcset"),
            new UrlAttribute("source[src]", "src"),
            new UrlAttribute("source[srcset]", "srcset"),
            new UrlAttribute("iframe[src]", "src"),
            new UrlAttribute("frame[src]", "src"),
            new UrlAttribute("video[src]", "src"),
            new UrlAttribute("video[poster]", "poster"),
            new UrlAttribute("audio[src]", "src"),
            new UrlAttribute("track[src]", "src"),
            new UrlAttribute("object[data]", "data"),
            new UrlAttribute("embed[src]", "src"),
            new UrlAttribute("input[src]", "src"));

    /** The {@code rel} values with which a {@code <link>} loads (or connects to) its URL. */
    private static final Set<String> LOADING_RELS = Set.of(
            "stylesheet",
            "icon",
            "apple-touch-icon",
            "mask-icon",
            "preload",
            "modulepreload",
            "prefetch",
            "preconnect",
            "dns-prefetch",
            "manifest");

    /** An absolute http(s) or protocol-relative URL in CSS {@code url(…)} or {@code @import "…"}; group 1 is the URL. */
    private static final Pattern CSS_REMOTE = Pattern.compile(
            "(?:url\\(\\s*|@import\\s+)['\"]?\\s*((?:https?:)?//[^'\")\\s;]*)", Pattern.CASE_INSENSITIVE);

    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private final Path root;

    PrivacyScanner(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The findings for every {@code .html} page and every {@code .css} file of the site. */
    List<GateFinding> scanSite() {
        List<GateFinding> findings = new ArrayList<>();
        SiteFiles.endingWith(root, ".html").forEach(file -> findings.addAll(scanPage(file)));
        SiteFiles.endingWith(root, ".css").forEach(file -> findings.addAll(scanCss(file)));
        return findings;
    }

    /** The findings for one HTML page, in line order. */
    List<GateFinding> scanPage(Path file) {
        ParsedPage page = ParsedPage.parse(root, file);
        List<GateFinding> findings = new ArrayList<>();
        checkPolicy(page, findings);
        for (UrlAttribute resource : RESOURCES) {
            for (Element element : page.document().select(resource.selector())) {
                if (element.tagName().equals("link") && !loads(element)) {
                    continue;
                }
                for (String reference : resource.urls(element)) {
                    String host = foreignHost(page, reference);
                    if (host != null) {
                        findings.add(new GateFinding(
                                page.page(),
                                page.line(element),
                                ParsedPage.describe(element, resource.attribute()) + " loads from another host: "
                                        + host));
                    }
                }
            }
        }
        for (Element element : page.document().select("[style]")) {
            for (String url : remoteCssUrls(element.attr("style"))) {
                findings.add(new GateFinding(
                        page.page(),
                        page.line(element),
                        "style attribute on <" + element.tagName() + "> loads " + url));
            }
        }
        for (Element style : page.document().select("style")) {
            scanCssText(page.page(), style.data(), page.line(style), "<style> loads ", findings);
        }
        // A JSON-LD data block is never run (and the CSP does not apply to it); any other inline script is a finding.
        for (Element script : page.document().select("script:not([src]):not([type=application/ld+json])")) {
            findings.add(new GateFinding(page.page(), page.line(script), "inline <script> without src"));
        }
        findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return findings;
    }

    /** The findings for one style sheet: every {@code url(…)} or {@code @import} of another host. */
    List<GateFinding> scanCss(Path file) {
        List<GateFinding> findings = new ArrayList<>();
        scanCssText(SiteFiles.page(root, file), SiteFiles.read(file), 1, "style sheet loads ", findings);
        return findings;
    }

    private static void checkPolicy(ParsedPage page, List<GateFinding> findings) {
        List<Element> policies = page.document().select("meta[http-equiv]").stream()
                .filter(m -> m.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy"))
                .toList();
        if (policies.isEmpty()) {
            Element head = page.document().head();
            findings.add(
                    new GateFinding(page.page(), page.line(head), "no <meta http-equiv=\"Content-Security-Policy\">"));
        }
        for (Element meta : policies) {
            for (String problem :
                    ContentSecurityPolicy.parse(meta.attr("content")).problems()) {
                findings.add(new GateFinding(page.page(), page.line(meta), problem));
            }
        }
    }

    private static boolean loads(Element link) {
        return Arrays.stream(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                .anyMatch(LOADING_RELS::contains);
    }

    /** The other host the reference loads from, or null when it stays on this site (or is a data: URL). */
    private static String foreignHost(ParsedPage page, String reference) {
        String trimmed = reference.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("//") && !lower.startsWith("http:") && !lower.startsWith("https:")) {
            // Relative URLs stay on this site; data: loads nothing; other schemes cannot load a resource.
            return null;
        }
        try {
            URI url = page.resolve(trimmed);
            return ParsedPage.sameSite(url) ? null : String.valueOf(url.getHost());
        } catch (IllegalArgumentException e) {
            return trimmed;
        }
    }

    private static void scanCssText(String page, String css, int firstLine, String what, List<GateFinding> findings) {
        String text = withoutComments(css);
        Matcher m = CSS_REMOTE.matcher(text);
        while (m.find()) {
            if (!isOwnHost(m.group(1))) {
                int line = firstLine
                        + (int) text.substring(0, m.start())
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
                findings.add(new GateFinding(page, line, what + m.group(1)));
            }
        }
    }

    private static List<String> remoteCssUrls(String css) {
        List<String> urls = new ArrayList<>();
        Matcher m = CSS_REMOTE.matcher(withoutComments(css));
        while (m.find()) {
            if (!isOwnHost(m.group(1))) {
                urls.add(m.group(1));
            }
        }
        return urls;
    }

    /** Comments blanked out, keeping their line breaks so line numbers stay right. */
    private static String withoutComments(String css) {
        return CSS_COMMENT.matcher(css).replaceAll(c -> c.group().replaceAll("[^\\n]", " "));
    }

    private static boolean isOwnHost(String url) {
        try {
            URI uri = URI.create(url.startsWith("//") ? "https:" + url : url);
            return ParsedPage.sameSite(uri);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
