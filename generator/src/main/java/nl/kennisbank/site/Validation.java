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
import nl.kennisbank.markdown.ReservedIds;
import nl.kennisbank.markdown.TreeDepth;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.site.source.SiteSource;
import nl.kennisbank.site.validate.BodyCheck;
import nl.kennisbank.site.validate.LinkReads;
import nl.kennisbank.site.validate.LinkTargets;
import nl.kennisbank.site.validate.MovedPages;
import nl.kennisbank.site.validate.SiteUrls;
import nl.kennisbank.site.validate.StaticFileCheck;
import nl.kennisbank.site.validate.StructureCheck;
import nl.kennisbank.site.validate.ValidSite;

/**
 * Stage 2, validate: picks the documents to publish, parses their Markdown and checks what needs the whole site —
 * unique URLs, guides and chapters, references between documents, links, anchors, images and raw HTML.
 */
final class Validation {

    /** One document's parse: the tree, or none when it was too deep, with the problems that said so. */
    private record Parse(Optional<ParsedMarkdown> parsed, List<nl.kennisbank.problems.Problem> problems) {}

    private final MarkdownProcessor markdown;
    private final BuildMemory memory;

    Validation(MarkdownProcessor markdown) {
        this(markdown, BuildMemory.none());
    }

    /** With a preview's memory: unchanged documents are not parsed or checked again while no link target changed. */
    Validation(MarkdownProcessor markdown, BuildMemory memory) {
        this.markdown = markdown;
        this.memory = memory;
    }

    ValidSite validate(SiteSource source, BuildOptions options, Problems problems) {
        List<Document> published = source.documents().stream()
                .filter(d -> options.drafts() || !d.draft())
                .toList();
        Map<String, ParsedMarkdown> parsed = new ConcurrentHashMap<>();
        ReservedIds reserved = ReservedIds.inTemplates(source.jbake().templateFolder());
        published.parallelStream().forEach(d -> {
            Parse result = memory.parsed(d, reserved, () -> {
                Problems own = new Problems();
                return new Parse(parse(d, reserved, own), own.sorted());
            });
            problems.addAll(result.problems());
            result.parsed().ifPresent(p -> parsed.put(d.path(), p));
        });
        Set<String> generated = SiteUrls.generated(source, published);
        Map<String, Document> byContentPath = new HashMap<>();
        source.documents().forEach(d -> byContentPath.put(d.contentPath(), d));
        LinkTargets links = new LinkTargets(
                byContentPath, Set.copyOf(source.markdownFiles()), Set.copyOf(source.staticFiles()), generated);
        ValidSite site = new ValidSite(source, published, Map.copyOf(parsed), links);
        problems.addAll(memory.validation()
                .siteChecks(
                        source.documents(),
                        List.of(
                                source.markdownFiles(),
                                source.staticFiles(),
                                source.assetFiles(),
                                generated,
                                options.drafts()),
                        () -> {
                            Problems own = new Problems();
                            new StructureCheck(own).check(site, generated);
                            new StaticFileCheck(own)
                                    .check(source.staticFiles(), published, generated, source.assetFiles());
                            return own.sorted();
                        }));
        options.previousSitemap().ifPresent(sitemap -> new MovedPages(problems).check(site, generated, sitemap));
        Set<String> publishedPaths = published.stream().map(Document::path).collect(Collectors.toSet());
        List<Document> checkable =
                published.stream().filter(d -> parsed.containsKey(d.path())).toList();
        if (!memory.keeps()) {
            BodyCheck bodies = new BodyCheck(site, publishedPaths, markdown, problems);
            checkable.parallelStream().forEach(bodies::check);
            return site;
        }
        Map<String, Object> reads = memory.validation()
                .linkReads(
                        site,
                        List.of(
                                source.markdownFiles(),
                                source.staticFiles(),
                                generated,
                                source.settings().html(),
                                options.drafts()),
                        (d, whole) -> LinkReads.of(site, d, publishedPaths, whole),
                        () -> linkSignature(source, published, parsed, generated));
        memory.linkReads(reads);
        checkable.parallelStream()
                .forEach(doc -> problems.addAll(memory.checked(doc, () -> {
                    Problems own = new Problems();
                    new BodyCheck(site, publishedPaths, markdown, own).check(doc);
                    return own.sorted();
                })));
        return site;
    }

    /** A body nested too deep for the parser is a problem at the line where it goes too deep, never a crash. */
    private Optional<ParsedMarkdown> parse(Document doc, ReservedIds reserved, Problems problems) {
        Optional<BlockDepth.TooDeep> deep = BlockDepth.find(doc.markdown());
        if (deep.isPresent()) {
            problems.report(
                    new Location(
                            doc.path(),
                            doc.bodyFirstLine() + deep.get().line() - 1,
                            deep.get().column()),
                    ProblemCode.MARKDOWN_TOO_DEEP,
                    BlockDepth.MAX);
            return Optional.empty();
        }
        try {
            ParsedMarkdown parsed = markdown.parse(doc.markdown(), reserved);
            Optional<BlockDepth.TooDeep> nested = TreeDepth.find(parsed, doc.markdown());
            if (nested.isPresent()) {
                problems.report(
                        new Location(
                                doc.path(),
                                doc.bodyFirstLine() + nested.get().line() - 1,
                                nested.get().column()),
                        ProblemCode.MARKDOWN_TOO_COMPLEX);
                return Optional.empty();
            }
            return Optional.of(parsed);
        } catch (StackOverflowError e) {
            problems.report(new Location(doc.path(), doc.bodyFirstLine(), 1), ProblemCode.MARKDOWN_TOO_COMPLEX);
            return Optional.empty();
        }
    }

    /** Everything a body's link check and link rewriting may read from other documents. */
    private static Object linkSignature(
            SiteSource source, List<Document> published, Map<String, ParsedMarkdown> parsed, Set<String> generated) {
        List<Object> targets = new java.util.ArrayList<>();
        source.documents().forEach(d -> targets.add(List.of(d.path(), d.contentPath(), d.url(), d.draft())));
        published.stream()
                .filter(d -> parsed.containsKey(d.path()))
                .forEach(d -> targets.add(parsed.get(d.path()).anchors()));
        return List.of(
                targets,
                source.markdownFiles(),
                source.staticFiles(),
                generated,
                source.settings().html());
    }
}
