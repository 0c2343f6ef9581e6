package nl.kennisbank.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.config.HtmlMode;
import nl.kennisbank.content.Document;
import nl.kennisbank.markdown.BlockDepth;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.markdown.ParsedMarkdown;
import nl.kennisbank.markdown.RawHtmlReport;
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

    /**
     * What the per-document pass hands the site-wide checks: the documents to publish, each body's parse (its tree,
     * or in a build its light copy once rendered: {@link ParsedMarkdown#withoutTree()}), the link targets, and in a
     * build each body's HTML and the allow-list's report on its raw HTML.
     *
     * @param html    HTML bodies by document path; empty when the pass only parsed
     * @param rawHtml allow-list reports by document path, for bodies with raw HTML on a site that allows it
     */
    record Bodies(
            List<Document> published,
            Map<String, ParsedMarkdown> parsed,
            Map<String, String> html,
            Map<String, RawHtmlReport> rawHtml,
            Set<String> generated,
            LinkTargets links) {}

    /** Parses every body to publish and checks the site; the trees stay (for {@code check} and the preview). */
    ValidSite validate(SiteSource source, BuildOptions options, Problems problems) {
        return check(source, options, problems, pass(source, options, problems, false));
    }

    /**
     * A build's one pass over the bodies: each is parsed, rendered to HTML and let go of its tree on the same thread,
     * so a build never holds every tree at once (the trees of 10,000 documents were the largest part of its peak heap).
     * Links are rewritten from the file lists alone; the checks that need every body's anchors run after, in
     * {@link #check}, on what the trees left.
     */
    Bodies parseAndRender(SiteSource source, BuildOptions options, Problems problems) {
        return pass(source, options, problems, true);
    }

    private Bodies pass(SiteSource source, BuildOptions options, Problems problems, boolean render) {
        List<Document> published = source.documents().stream()
                .filter(d -> options.drafts() || !d.draft())
                .toList();
        Set<String> generated = SiteUrls.generated(source, published);
        Map<String, Document> byContentPath = new HashMap<>();
        source.documents().forEach(d -> byContentPath.put(d.contentPath(), d));
        LinkTargets links = new LinkTargets(
                byContentPath, Set.copyOf(source.markdownFiles()), Set.copyOf(source.staticFiles()), generated);
        HtmlMode mode = source.settings().html();
        Map<String, ParsedMarkdown> parsed = new ConcurrentHashMap<>();
        Map<String, String> html = new ConcurrentHashMap<>();
        Map<String, RawHtmlReport> rawHtml = new ConcurrentHashMap<>();
        ReservedIds reserved = ReservedIds.inTemplates(source.jbake().templateFolder());
        published.parallelStream().forEach(d -> {
            Parse result = memory.parsed(d, reserved, () -> {
                Problems own = new Problems();
                return new Parse(parse(d, reserved, own), own.sorted());
            });
            problems.addAll(result.problems());
            result.parsed().ifPresent(p -> {
                if (!render) {
                    parsed.put(d.path(), p);
                    return;
                }
                if (mode != HtmlMode.ESCAPE && !p.rawHtml().isEmpty()) {
                    rawHtml.put(d.path(), markdown.inspectRawHtml(p));
                }
                html.put(d.path(), markdown.render(p, url -> links.rewrite(d, url), mode));
                parsed.put(d.path(), p.withoutTree());
            });
        });
        return new Bodies(published, Map.copyOf(parsed), Map.copyOf(html), Map.copyOf(rawHtml), generated, links);
    }

    /** The checks that need the whole site: structure, static files, moved pages, and each body's links. */
    ValidSite check(SiteSource source, BuildOptions options, Problems problems, Bodies bodies) {
        List<Document> published = bodies.published();
        Map<String, ParsedMarkdown> parsed = bodies.parsed();
        Set<String> generated = bodies.generated();
        ValidSite site = new ValidSite(source, published, parsed, bodies.links());
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
        BodyCheck.RawHtmlReports reports = (doc, p) -> {
            RawHtmlReport kept = bodies.rawHtml().get(doc.path());
            return kept != null ? kept : markdown.inspectRawHtml(p); // a tree's report is made when asked
        };
        if (!memory.keeps()) {
            BodyCheck check = new BodyCheck(site, publishedPaths, reports, problems);
            checkable.parallelStream().forEach(check::check);
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
                    new BodyCheck(site, publishedPaths, reports, own).check(doc);
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
