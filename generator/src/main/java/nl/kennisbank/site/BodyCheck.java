package nl.kennisbank.site;

import java.util.Set;
import nl.kennisbank.content.Document;
import nl.kennisbank.markdown.Heading;
import nl.kennisbank.markdown.HtmlSanitizer;
import nl.kennisbank.markdown.MarkdownLink;
import nl.kennisbank.markdown.ParsedMarkdown;
import nl.kennisbank.markdown.RawHtml;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Checks one document's body: links and anchors, images and their alt text, raw HTML, and heading levels. */
final class BodyCheck {

    private final ValidSite site;
    private final Set<String> publishedPaths;
    private final HtmlSanitizer sanitizer;
    private final Problems problems;

    BodyCheck(ValidSite site, Set<String> publishedPaths, HtmlSanitizer sanitizer, Problems problems) {
        this.site = site;
        this.publishedPaths = publishedPaths;
        this.sanitizer = sanitizer;
        this.problems = problems;
    }

    void check(Document doc) {
        ParsedMarkdown parsed = site.parsed(doc);
        for (MarkdownLink link : parsed.links()) {
            Location at = new Location(doc.path(), doc.bodyFirstLine() + link.line() - 1, link.column());
            if (link.kind() == MarkdownLink.Kind.IMAGE) {
                image(doc, link.url(), link.text(), at);
            } else {
                link(doc, link.url(), at);
            }
        }
        for (RawHtml html : parsed.rawHtml()) {
            rawHtml(doc, html, new Location(doc.path(), doc.bodyFirstLine() + html.line() - 1, html.column()));
        }
        headings(doc, parsed);
        doc.object("afbeelding").flatMap(a -> java.util.Optional.ofNullable((String) a.get("src")))
                .ifPresent(src -> image(doc, src, "alt", Location.file(doc.path())));
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
            default -> {
            }
        }
    }

    private void anchor(Document target, String fragment, String url, Location at) {
        ParsedMarkdown parsed = site.parsed(target);
        if (!fragment.isEmpty() && parsed != null && !parsed.anchors().contains(fragment)) {
            problems.report(at, ProblemCode.ANCHOR_BROKEN, url, fragment, target.path(), nl.kennisbank.problems.Suggestions.hint(fragment, parsed.anchors()));
        }
    }

    private void image(Document doc, String url, String alt, Location at) {
        if (alt == null || alt.isBlank()) {
            problems.report(at, ProblemCode.IMAGE_ALT_MISSING, url);
        }
        switch (site.links().resolve(doc, url)) {
            case LinkTargets.External e -> problems.report(at, ProblemCode.IMAGE_EXTERNAL);
            case LinkTargets.Invalid bad -> problems.report(at, bad.code(), bad.args());
            case LinkTargets.StaticFile f -> {
            }
            default -> problems.report(at, ProblemCode.IMAGE_INVALID, url);
        }
    }

    private void rawHtml(Document doc, RawHtml html, Location at) {
        for (String unsafe : sanitizer.findUnsafe(html.html())) {
            problems.report(at, ProblemCode.HTML_UNSAFE, unsafe);
        }
        for (Element img : Jsoup.parseBodyFragment(html.html()).select("img")) {
            image(doc, img.attr("src"), img.attr("alt"), at);
        }
        for (Element a : Jsoup.parseBodyFragment(html.html()).select("a[href]")) {
            link(doc, a.attr("href"), at);
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
