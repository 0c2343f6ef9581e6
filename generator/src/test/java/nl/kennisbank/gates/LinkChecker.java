package nl.kennisbank.gates;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the internal links of a built site: every relative or same-site URL in a page resolves to a file of the
 * site (a folder URL to its {@code index.html}), and every {@code #fragment} to an {@code id} (or an {@code <a name>})
 * in the target page. Other schemes ({@code mailto:}, {@code tel:}) and other hosts are not followed: outgoing links
 * are allowed, and resources from other hosts are the privacy gate's business.
 *
 * <p>One checker checks one site; it remembers the anchors of the pages it has read.
 */
final class LinkChecker {

    /** Elements and the attribute holding a URL. */
    private static final List<UrlAttribute> LINKS = List.of(
            new UrlAttribute("a[href]", "href"),
            new UrlAttribute("area[href]", "href"),
            new UrlAttribute("link[href]", "href"),
            new UrlAttribute("script[src]", "src"),
            new UrlAttribute("img[src]", "src"),
            new UrlAttribute("img[srcset]", "srcset"),
            new UrlAttribute("source[src]", "src"),
            new UrlAttribute("source[srcset]", "srcset"),
            new UrlAttribute("iframe[src]", "src"),
            new UrlAttribute("video[src]", "src"),
            new UrlAttribute("video[poster]", "poster"),
            new UrlAttribute("audio[src]", "src"),
            new UrlAttribute("track[src]", "src"),
            new UrlAttribute("embed[src]", "src"),
            new UrlAttribute("object[data]", "data"),
            new UrlAttribute("form[action]", "action"),
            new UrlAttribute("button[formaction]", "formaction"));

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Path root;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    LinkChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The broken links of every {@code .html} page of the site, in page order. */
    List<GateFinding> checkSite() {
        List<GateFinding> findings = new ArrayList<>();
        for (Path file : SiteFiles.endingWith(root, ".html")) {
            findings.addAll(check(file));
        }
        return findings;
    }

    /** The broken links of one page. */
    List<GateFinding> check(Path file) {
        ParsedPage page = ParsedPage.parse(root, file);
        anchors.putIfAbsent(file.toAbsolutePath().normalize(), anchorsOf(page.document()));
        List<GateFinding> findings = new ArrayList<>();
        for (UrlAttribute link : LINKS) {
            for (Element element : page.document().select(link.selector())) {
                String attribute = link.attribute();
                for (String reference : link.urls(element)) {
                    String problem = problem(page, reference);
                    if (problem != null) {
                        findings.add(new GateFinding(
                                page.page(),
                                page.line(element),
                                ParsedPage.describe(element, attribute) + ": " + problem));
                    }
                }
            }
        }
        findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return findings;
    }

    /** What is wrong with the reference, or null if it resolves (or is not ours to check). */
    private String problem(ParsedPage page, String reference) {
        String trimmed = reference.strip();
        if (SCHEME.matcher(trimmed).find() && !trimmed.regionMatches(true, 0, "http", 0, 4)) {
            return null;
        }
        URI url;
        try {
            url = page.resolve(trimmed);
        } catch (IllegalArgumentException e) {
            return "malformed URL";
        }
        if (!ParsedPage.sameSite(url)) {
            return null;
        }
        String path = url.getPath() == null ? "" : url.getPath();
        Path target =
                root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!target.startsWith(root)) {
            return "points outside the site: " + path;
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "no such page " + SiteFiles.page(root, target);
        }
        String fragment = url.getFragment();
        if (fragment == null
                || fragment.isEmpty()
                || !target.getFileName().toString().endsWith(".html")) {
            return null;
        }
        Set<String> ids = anchors.computeIfAbsent(
                target, t -> anchorsOf(ParsedPage.parse(root, t).document()));
        return ids.contains(fragment) ? null : "no id \"" + fragment + "\" in " + SiteFiles.page(root, target);
    }

    private static Set<String> anchorsOf(Document document) {
        Set<String> ids = new LinkedHashSet<>();
        document.select("[id]").forEach(e -> ids.add(e.id()));
        document.select("a[name]").forEach(e -> ids.add(e.attr("name")));
        return ids;
    }
}
