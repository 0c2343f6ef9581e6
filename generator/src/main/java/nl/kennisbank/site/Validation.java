package nl.kennisbank.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.content.Document;
import nl.kennisbank.markdown.BlockDepth;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.markdown.ParsedMarkdown;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
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

    ValidSite validate(SiteSource source, BuildOptions options, Problems problems) {
        List<Document> published = source.documents().stream().filter(d -> options.drafts() || !d.draft()).toList();
        Map<String, ParsedMarkdown> parsed = new ConcurrentHashMap<>();
        published.parallelStream().forEach(d -> parse(d, problems).ifPresent(p -> parsed.put(d.path(), p)));
        Set<String> generated = SiteUrls.generated(source, published);
        Map<String, Document> byContentPath = new HashMap<>();
        source.documents().forEach(d -> byContentPath.put(d.contentPath(), d));
        LinkTargets links = new LinkTargets(byContentPath, Set.copyOf(source.markdownFiles()), Set.copyOf(source.staticFiles()), generated);
        ValidSite site = new ValidSite(source, published, Map.copyOf(parsed), links);
        new StructureCheck(problems).check(site, generated);
        new StaticFileCheck(problems).check(source.staticFiles(), published, generated, source.assetFiles());
        options.previousSitemap().ifPresent(sitemap -> new MovedPages(problems).check(site, generated, sitemap));
        Set<String> publishedPaths = published.stream().map(Document::path).collect(Collectors.toSet());
        BodyCheck bodies = new BodyCheck(site, publishedPaths, markdown, problems);
        published.stream().filter(d -> parsed.containsKey(d.path())).toList().parallelStream().forEach(bodies::check);
        return site;
    }

    /** A body nested too deep for the parser is a problem at the line where it goes too deep, never a crash. */
    private Optional<ParsedMarkdown> parse(Document doc, Problems problems) {
        Optional<BlockDepth.TooDeep> deep = BlockDepth.find(doc.markdown());
        if (deep.isPresent()) {
            problems.report(new Location(doc.path(), doc.bodyFirstLine() + deep.get().line() - 1, deep.get().column()),
                    ProblemCode.MARKDOWN_TOO_DEEP, BlockDepth.MAX);
            return Optional.empty();
        }
        try {
            return Optional.of(markdown.parse(doc.markdown()));
        } catch (StackOverflowError e) {
            problems.report(new Location(doc.path(), doc.bodyFirstLine(), 1), ProblemCode.MARKDOWN_TOO_COMPLEX);
            return Optional.empty();
        }
    }
}
