package nl.kennisbank.site.validate;

import java.util.List;
import nl.kennisbank.config.HtmlMode;
import nl.kennisbank.content.Document;
import nl.kennisbank.markdown.MarkdownLink;
import nl.kennisbank.markdown.ParsedMarkdown;
import nl.kennisbank.markdown.RawHtml;
import nl.kennisbank.markdown.RawHtmlReport;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/**
 * Raw HTML in a body. With HTML escaped (the default) every piece is a warning: it is harmless, shown as text, but
 * the editor probably meant something else. With the allow-list, what the sanitiser removes from the whole body is
 * an error: the page would silently differ from what the editor wrote.
 */
final class RawHtmlCheck {

    private final BodyCheck.RawHtmlReports reports;
    private final HtmlMode mode;
    private final Problems problems;

    RawHtmlCheck(BodyCheck.RawHtmlReports reports, HtmlMode mode, Problems problems) {
        this.reports = reports;
        this.mode = mode;
        this.problems = problems;
    }

    /** Reports the body's raw HTML; returns the links and images in it that are published, for the link checks. */
    List<MarkdownLink> check(Document doc, ParsedMarkdown parsed) {
        if (mode == HtmlMode.ESCAPE) {
            java.util.Set<Integer> lines = new java.util.HashSet<>();
            for (RawHtml html :
                    parsed.rawHtml().stream().filter(h -> lines.add(h.line())).toList()) { // once per line
                problems.report(at(doc, html.line(), html.column()), ProblemCode.HTML_ESCAPED, shorten(html.html()));
            }
            return List.of();
        }
        RawHtmlReport report = reports.of(doc, parsed);
        for (RawHtmlReport.Removed removed : report.removed()) {
            problems.report(at(doc, removed.line(), removed.column()), ProblemCode.HTML_UNSAFE, removed.what());
        }
        return report.links();
    }

    private static Location at(Document doc, int bodyLine, int column) {
        return new Location(doc.path(), doc.bodyFirstLine() + bodyLine - 1, column);
    }

    private static String shorten(String html) {
        String oneLine = html.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 39) + "…";
    }
}
