package nl.kennisbank.site.source;

import java.util.List;
import java.util.Optional;
import nl.kennisbank.config.SiteSettings;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Schema;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.jbake.JBakeSettings;

/**
 * Everything read from the source folder.
 *
 * @param schema      the content schema; empty for a plain JBake site without {@code data/schema.yml}
 * @param documents   every document, drafts included
 * @param staticFiles   non-Markdown files in {@code content/} (paths relative to it)
 * @param markdownFiles every Markdown file in {@code content/}, also those that failed to load (paths relative to it)
 * @param assetFiles    files in the asset folder to publish (paths relative to it; links leaving it excluded)
 */
public record SiteSource(
        JBakeSettings jbake,
        SiteSettings settings,
        Optional<Schema> schema,
        Vocabularies vocabularies,
        List<Document> documents,
        List<String> staticFiles,
        List<String> markdownFiles,
        List<String> assetFiles) {

    /** True for a knowledge-base site (with a schema); false for a plain JBake site. */
    public boolean isKennisbank() {
        return schema.isPresent();
    }
}
