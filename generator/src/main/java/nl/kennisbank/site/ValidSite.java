package nl.kennisbank.site;

import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Document;
import nl.kennisbank.markdown.ParsedMarkdown;

/**
 * The site after validation: only the documents that will be published, each with its parsed Markdown.
 *
 * @param parsed parsed bodies keyed by document path
 */
record ValidSite(SiteSource source, List<Document> published, Map<String, ParsedMarkdown> parsed, LinkTargets links) {

    ParsedMarkdown parsed(Document doc) {
        return parsed.get(doc.path());
    }

    /** The same site with every body's tree let go ({@link ParsedMarkdown#withoutTree()}): for after rendering. */
    ValidSite withoutTrees() {
        Map<String, ParsedMarkdown> light = new java.util.HashMap<>();
        parsed.forEach((path, p) -> light.put(path, p.withoutTree()));
        return new ValidSite(source, published, Map.copyOf(light), links);
    }
}
