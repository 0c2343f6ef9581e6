package nl.kennisbank.markdown;

import java.util.List;

/**
 * What the allow-list sanitiser does to a body's raw HTML, at places in the Markdown body (1-based, body lines).
 *
 * @param removed what the sanitiser removes
 * @param links   links and images in raw HTML that it keeps
 */
public record RawHtmlReport(List<Removed> removed, List<MarkdownLink> links) {

    /** One removal: a Dutch description ("het element &lt;script&gt;") and where it was written. */
    public record Removed(String what, int line, int column) {}
}
