package nl.kennisbank.jbake;

import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.problems.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The knowledge base's editorial rules that make sense on any site, applied to a JBake-format site as warnings
 * (the site never agreed to them, so by default they advise and never stop a build), or as errors when the site
 * turns them on ({@code kennisbank.house-rules=error}). Today: heading order (a page's title is
 * its {@code h1}, so a body's headings start at {@code h2} and do not skip a level), which screen-reader users need.
 */
final class JBakeHouseRules {

    private final Severity severity;

    JBakeHouseRules(Severity severity) {
        this.severity = severity;
    }

    void check(String bodyHtml, Location at, boolean markdown, Problems problems) {
        int previous = 1;
        for (Element heading : Jsoup.parseBodyFragment(bodyHtml).select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.normalName().charAt(1) - '0';
            if (level > previous + 1) {
                String instead = markdown ? "#".repeat(previous + 1) : "<h" + (previous + 1) + ">";
                problems.add(new Problem(
                        at.path(),
                        at.line(),
                        at.column(),
                        severity,
                        ProblemCode.HEADING_ORDER,
                        ProblemCode.HEADING_ORDER.message(previous, level, instead)));
            }
            previous = level;
        }
    }
}
