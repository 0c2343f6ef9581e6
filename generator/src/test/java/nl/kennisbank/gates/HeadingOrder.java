package nl.kennisbank.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Heading order of a page: exactly one h1, and no heading more than one level below the one before it. */
final class HeadingOrder {

    private HeadingOrder() {}

    static List<String> check(Path site, String page) {
        Path file = site.resolve(page.isEmpty() || page.endsWith("/") ? page + "index.html" : page);
        Document doc;
        try {
            doc = Jsoup.parse(file.toFile(), "UTF-8", "", Parser.htmlParser().setTrackPosition(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        List<Element> headings = doc.select("h1, h2, h3, h4, h5, h6");
        long h1 = headings.stream().filter(h -> h.nameIs("h1")).count();
        if (h1 != 1) {
            problems.add(page + ": " + h1 + " <h1> elements; a page has exactly one");
        }
        int previous = 0;
        String previousTag = "";
        for (Element h : headings) {
            int level = h.tagName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                problems.add(page + ":" + h.sourceRange().start().lineNumber() + ": <" + h.tagName() + "> '" + h.text()
                        + "' follows <" + previousTag + ">: a heading level is skipped");
            }
            previous = level;
            previousTag = h.tagName();
        }
        return problems;
    }
}
