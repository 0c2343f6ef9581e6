package nl.kennisbank.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.kennisbank.content.Document;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.markdown.ParsedMarkdown;
import nl.kennisbank.problems.Problems;

/**
 * Stage 2, validate: picks the documents to publish, parses their Markdown and checks what needs the whole site —
 * unique URLs, guides and chapters, references between documents, links, anchors, images and raw HTML.
 */
final class Validation {

    private final MarkdownProcessor markdown;

    Validation(MarkdownProcessor markdown) {
        this.markdown = markdown;
    }

    ValidSite validate(SiteSource source, boolean drafts, Problems problems) {
        List<Document> published = source.documents().stream().filter(d -> drafts || !d.draft()).toList();
        Map<String, ParsedMarkdown> parsed = new ConcurrentHashMap<>();
        published.parallelStream().forEach(d -> parsed.put(d.path(), markdown.parse(d.markdown())));
        Set<String> generated = SiteUrls.generated(source, published);
        Map<String, Document> byContentPath = new HashMap<>();
        source.documents().forEach(d -> byContentPath.put(d.contentPath(), d));
        LinkTargets links = new LinkTargets(byContentPath, Set.copyOf(source.markdownFiles()), Set.copyOf(source.staticFiles()), generated);
        ValidSite site = new ValidSite(source, published, Map.copyOf(parsed), links);
        new StructureCheck(problems).check(site, generated);
        Set<String> publishedPaths = published.stream().map(Document::path).collect(Collectors.toSet());
        BodyCheck bodies = new BodyCheck(site, publishedPaths, markdown, problems);
        published.parallelStream().forEach(bodies::check);
        return site;
    }
}
