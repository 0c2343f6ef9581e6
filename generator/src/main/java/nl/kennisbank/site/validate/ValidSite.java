package nl.kennisbank.site.validate;

import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Document;
import nl.kennisbank.markdown.ParsedMarkdown;
import nl.kennisbank.site.source.SiteSource;

/**
 * The site after validation: only the documents that will be published, each with its parsed Markdown.
 *
 * @param parsed parsed bodies keyed by document path
 */
public record ValidSite(
        SiteSource source, List<Document> published, Map<String, ParsedMarkdown> parsed, LinkTargets links) {

    public ParsedMarkdown parsed(Document doc) {
        return parsed.get(doc.path());
    }

    /**
     * The same site with every body's tree and Markdown text let go ({@link ParsedMarkdown#withoutTree()},
     * {@link Document#withoutMarkdown()}): for a build once the bodies are rendered. Every document is replaced by
     * one copy, everywhere the site holds it.
     */
    public ValidSite withoutTreesAndMarkdown() {
        Map<String, ParsedMarkdown> light = new java.util.HashMap<>();
        parsed.forEach((path, p) -> light.put(path, p.withoutTree()));
        Map<Document, Document> copies = new java.util.IdentityHashMap<>();
        java.util.function.UnaryOperator<Document> copy = d -> copies.computeIfAbsent(d, Document::withoutMarkdown);
        SiteSource lightSource = new SiteSource(
                source.jbake(),
                source.settings(),
                source.schema(),
                source.vocabularies(),
                source.documents().stream().map(copy).toList(),
                source.staticFiles(),
                source.markdownFiles(),
                source.assetFiles());
        return new ValidSite(
                lightSource, published.stream().map(copy).toList(), Map.copyOf(light), links.withDocuments(copy));
    }
}
