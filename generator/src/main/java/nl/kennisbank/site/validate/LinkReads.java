package nl.kennisbank.site.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Reference;
import nl.kennisbank.markdown.MarkdownLink;
import nl.kennisbank.markdown.ParsedMarkdown;

/**
 * What one body's link check and link rewriting read from the rest of the site: for each link and image, where it
 * leads (the target document's path, URL and whether it is published, its anchors when the link names one; the file;
 * the generated page). The preview checks and renders a body again only when this changed, so a new, renamed or
 * deleted file touches only the bodies that link to it. A body with raw HTML or a broken link reads the whole site
 * (raw HTML links are found while checking; a broken link's message suggests any file).
 */
public final class LinkReads {

    private LinkReads() {}

    /** @param whole what every body's links may read, for a body whose reads cannot be listed */
    public static Object of(ValidSite site, Document doc, Set<String> publishedPaths, Supplier<Object> whole) {
        ParsedMarkdown parsed = site.parsed(doc);
        if (parsed == null || !parsed.rawHtml().isEmpty()) {
            return whole.get();
        }
        List<Object> reads = new ArrayList<>();
        reads.add(site.source().settings().html());
        for (MarkdownLink link : parsed.links()) {
            Object read = read(site, doc, link.url(), publishedPaths);
            if (read == null) {
                return whole.get();
            }
            reads.add(read);
        }
        for (Reference image : doc.references()) {
            if (image.kind() == Reference.Kind.IMAGE) {
                Object read = read(site, doc, image.slug(), publishedPaths);
                if (read == null) {
                    return whole.get();
                }
                reads.add(read);
            }
        }
        return reads;
    }

    /** Where one URL leads, as far as other files decide it; null for a broken link. */
    private static Object read(ValidSite site, Document doc, String url, Set<String> publishedPaths) {
        return switch (site.links().resolve(doc, url)) {
            case LinkTargets.External e -> "external";
            case LinkTargets.Anchor a -> "anchor"; // in the body itself
            case LinkTargets.Page p -> {
                ParsedMarkdown target = site.parsed(p.document());
                yield List.of(
                        p.document().path(),
                        p.document().url(),
                        publishedPaths.contains(p.document().path()),
                        p.fragment().isEmpty() || target == null ? Set.of() : target.anchors());
            }
            case LinkTargets.StaticFile f -> List.of("file", f.contentPath());
            case LinkTargets.SitePage s -> List.of("page", s.url());
            case LinkTargets.Unloaded u -> List.of("unloaded", u.contentPath());
            case LinkTargets.Invalid i -> null;
        };
    }
}
