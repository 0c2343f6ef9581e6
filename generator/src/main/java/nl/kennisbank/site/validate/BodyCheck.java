package nl.kennisbank.site.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kennisbank.content.ContactDetails;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Reference;
import nl.kennisbank.markdown.ContactMention;
import nl.kennisbank.markdown.Heading;
import nl.kennisbank.markdown.MarkdownLink;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.markdown.ParsedMarkdown;
import nl.kennisbank.markdown.RawHtmlReport;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/** Checks one document's body: links and anchors, images and their alt text, raw HTML, and heading levels. */
public final class BodyCheck {

    private final ValidSite site;
    private final Set<String> publishedPaths;
    private final RawHtmlCheck rawHtml;
    private final Problems problems;

    /**
     * The allow-list's report on a body's raw HTML: made from the tree ({@link MarkdownProcessor#inspectRawHtml}), or
     * kept from when the body was rendered and its tree let go.
     */
    @FunctionalInterface
    public interface RawHtmlReports {
        RawHtmlReport of(Document doc, ParsedMarkdown parsed);
    }

    public BodyCheck(ValidSite site, Set<String> publishedPaths, MarkdownProcessor markdown, Problems problems) {
        this(site, publishedPaths, (doc, parsed) -> markdown.inspectRawHtml(parsed), problems);
    }

    public BodyCheck(ValidSite site, Set<String> publishedPaths, RawHtmlReports reports, Problems problems) {
        this.site = site;
        this.publishedPaths = publishedPaths;
        this.rawHtml = new RawHtmlCheck(reports, site.source().settings().html(), problems);
        this.problems = problems;
    }

    public void check(Document doc) {
        ParsedMarkdown parsed = site.parsed(doc);
        List<MarkdownLink> links = new ArrayList<>(parsed.links());
        links.addAll(rawHtml.check(doc, parsed)); // links and images in raw HTML that the allow-list keeps
        for (MarkdownLink link : links) {
            Location at = new Location(doc.path(), doc.bodyFirstLine() + link.line() - 1, link.column());
            if (link.kind() == MarkdownLink.Kind.IMAGE) {
                image(doc, link.url(), link.text(), at);
            } else {
                link(doc, link.url(), at);
            }
        }
        headings(doc, parsed);
        for (ContactMention contact : parsed.contacts()) {
            Location at = new Location(doc.path(), doc.bodyFirstLine() + contact.line() - 1, contact.column());
            problems.report(
                    at,
                    contact.kind() == ContactDetails.Kind.EMAIL
                            ? ProblemCode.PERSONAL_EMAIL
                            : ProblemCode.PERSONAL_PHONE,
                    contact.text());
        }
        // the page's image (afbeelding.src), at the line and column where the file is named; its alt text is a required
        // field
        doc.references().stream()
                .filter(r -> r.kind() == Reference.Kind.IMAGE)
                .forEach(r -> image(doc, r.slug(), "alt", r.at()));
    }

    private void link(Document doc, String url, Location at) {
        switch (site.links().resolve(doc, url)) {
            case LinkTargets.Invalid bad -> problems.report(at, bad.code(), bad.args());
            case LinkTargets.Anchor a -> anchor(doc, a.fragment(), url, at);
            case LinkTargets.Page p -> {
                if (!publishedPaths.contains(p.document().path())) {
                    problems.report(at, ProblemCode.LINK_TO_DRAFT, url);
                } else if (!p.fragment().isEmpty()) {
                    anchor(p.document(), p.fragment(), url, at);
                }
            }
            default -> {}
        }
    }

    private void anchor(Document target, String fragment, String url, Location at) {
        ParsedMarkdown parsed = site.parsed(target);
        if (!fragment.isEmpty() && parsed != null && !parsed.anchors().contains(fragment)) {
            problems.report(
                    at,
                    ProblemCode.ANCHOR_BROKEN,
                    url,
                    fragment,
                    target.path(),
                    nl.kennisbank.problems.Suggestions.hint(fragment, parsed.anchors()));
        }
    }

    private void image(Document doc, String url, String alt, Location at) {
        if (alt == null || alt.isBlank()) {
            problems.report(at, ProblemCode.IMAGE_ALT_MISSING, url);
        }
        switch (site.links().resolve(doc, url)) {
            case LinkTargets.External e -> problems.report(at, ProblemCode.IMAGE_EXTERNAL);
            case LinkTargets.Invalid bad -> problems.report(at, bad.code(), bad.args());
            case LinkTargets.StaticFile f -> {}
            default -> problems.report(at, ProblemCode.IMAGE_INVALID, url);
        }
    }

    private void headings(Document doc, ParsedMarkdown parsed) {
        int previous = 1;
        for (Heading h : parsed.headings()) {
            Location at = new Location(doc.path(), doc.bodyFirstLine() + h.line() - 1, 1);
            if (h.level() == 1) {
                problems.report(at, ProblemCode.HEADING_LEVEL);
            } else if (h.level() > previous + 1) {
                problems.report(at, ProblemCode.HEADING_ORDER, previous, h.level(), "#".repeat(previous + 1));
            }
            previous = h.level();
        }
    }
}
