package nl.kennisbank.gates;

import java.net.URI;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A page of a built site parsed with jsoup, keeping source positions, and the URL it has when the site is published
 * at {@link #SITE}.
 */
record ParsedPage(String page, Document document) {

    /** Where the example site is published (the base URL ExampleSite builds with). */
    static final URI SITE = URI.create("https://kennisbank.example.nl/");

    static ParsedPage parse(Path root, Path file) {
        String page = SiteFiles.page(root, file);
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return new ParsedPage(
                page, Jsoup.parse(SiteFiles.read(file), SITE.resolve(page).toString(), parser));
    }

    /** The line the element starts on (1-based), 0 if unknown. */
    int line(Element element) {
        return Math.max(element.sourceRange().start().lineNumber(), 0);
    }

    /**
     * {@code reference} resolved against this page's published URL, as browsers do ({@code ""} is this page).
     *
     * @throws IllegalArgumentException when the result is not a valid URI
     */
    URI resolve(String reference) {
        return URI.create(StringUtil.resolve(document.location(), reference.strip()));
    }

    /** The element's start tag with just the one attribute, for messages: {@code <a href="x.html">}. */
    static String describe(Element element, String attribute) {
        return "<" + element.tagName() + " " + attribute + "=\"" + element.attr(attribute) + "\">";
    }

    /** Whether {@code url} is on the site's own host (any http(s) scheme). */
    static boolean sameSite(URI url) {
        return ("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))
                && SITE.getHost().equalsIgnoreCase(url.getHost());
    }
}
