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
}
