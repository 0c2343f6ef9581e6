package nl.kennisbank.site.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;
import nl.kennisbank.content.Document;
import nl.kennisbank.jbake.JBakeRendering;
import nl.kennisbank.markdown.SafeUrls;
import nl.kennisbank.problems.ProblemCode;

/**
 * Resolves a URL written in a document: to another document (by its {@code .md} path), to a file in
 * {@code content/}, to a generated page ({@code /themas/schulden/}), to an anchor, or outside the site. The
 * same resolution serves the link check (problems) and rendering (rewritten relative URLs).
 */
public final class LinkTargets {

    /** What a written URL points at. */
    sealed interface Target permits External, Page, StaticFile, SitePage, Anchor, Invalid, Unloaded {}

    record External(String url) implements Target {}

    record Page(Document document, String fragment) implements Target {}

    record StaticFile(String contentPath) implements Target {}

    record SitePage(String url, String fragment) implements Target {}

    record Anchor(String fragment) implements Target {}

    record Invalid(ProblemCode code, Object... args) implements Target {}

    /** A Markdown file that did not load (its own problems are reported): links to it are not checked further. */
    record Unloaded(String contentPath) implements Target {}

    private final Map<String, Document> byContentPath;
    private final Set<String> markdownFiles;
    private final Set<String> staticFiles;
    private final Set<String> generatedUrls;

    public LinkTargets(
            Map<String, Document> byContentPath,
            Set<String> markdownFiles,
            Set<String> staticFiles,
            Set<String> generatedUrls) {
        this.byContentPath = byContentPath;
        this.markdownFiles = markdownFiles;
        this.staticFiles = staticFiles;
        this.generatedUrls = generatedUrls;
    }

    /** The same targets with each document replaced (by {@link ValidSite#withoutTreesAndMarkdown()}). */
    LinkTargets withDocuments(java.util.function.UnaryOperator<Document> replacement) {
        Map<String, Document> replaced = new java.util.HashMap<>();
        byContentPath.forEach((path, doc) -> replaced.put(path, replacement.apply(doc)));
        return new LinkTargets(replaced, markdownFiles, staticFiles, generatedUrls);
    }

    Target resolve(Document from, String url) {
        String scheme = SafeUrls.scheme(url);
        if (SafeUrls.SCHEMES.contains(scheme)) {
            return new External(url);
        }
        if (!scheme.isEmpty()) {
            return new Invalid(ProblemCode.LINK_UNSAFE, scheme + ":");
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        if (path.isEmpty()) {
            return new Anchor(fragment);
        }
        if (path.startsWith("/")) {
            String site = path.substring(1);
            return generatedUrls.contains(site)
                    ? new SitePage(site, fragment)
                    : new Invalid(ProblemCode.LINK_BROKEN_SITE_PAGE, path);
        }
        String resolved = resolveRelative(from.contentPath(), decode(path));
        if (resolved == null) {
            return new Invalid(ProblemCode.PATH_ESCAPES, url);
        }
        Document target = byContentPath.get(resolved);
        if (target != null) {
            return new Page(target, fragment);
        }
        if (staticFiles.contains(resolved)) {
            return new StaticFile(resolved);
        }
        if (markdownFiles.contains(resolved)) {
            return new Unloaded(resolved);
        }
        String hint = resolved.endsWith(".md")
                ? nl.kennisbank.problems.Suggestions.hint(resolved, byContentPath.keySet())
                : "";
        return new Invalid(ProblemCode.LINK_BROKEN, url, resolved, hint.isEmpty() ? "." : hint);
    }

    /** The URL to render for {@code url} on the page of {@code from}. */
    public String rewrite(Document from, String url) {
        String root = JBakeRendering.rootPath(outputUri(from));
        return switch (resolve(from, url)) {
            case Page p -> root + p.document().url() + (p.fragment().isEmpty() ? "" : "#" + p.fragment());
            case StaticFile f -> root + f.contentPath();
            case SitePage s -> root + s.url() + (s.fragment().isEmpty() ? "" : "#" + s.fragment());
            default -> url;
        };
    }

    static String outputUri(Document doc) {
        return outputFile(doc.url());
    }

    /** The file a page URL is written to: {@code zoeken/} → {@code zoeken/index.html}, {@code over.html} as it is. */
    static String outputFile(String url) {
        return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
    }

    /** Resolves a relative path against a file's folder; {@code null} when it climbs out of content/. */
    static String resolveRelative(String fromContentPath, String relative) {
        String base =
                fromContentPath.contains("/") ? fromContentPath.substring(0, fromContentPath.lastIndexOf('/') + 1) : "";
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : (base + relative).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String decode(String path) {
        try {
            return new URI(null, null, path, null).getPath() == null
                    ? path
                    : java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return path;
        }
    }
}
