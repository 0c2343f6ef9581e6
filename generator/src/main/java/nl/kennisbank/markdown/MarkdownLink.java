package nl.kennisbank.markdown;

/**
 * A link or image written in Markdown or raw HTML.
 *
 * @param line   1-based line within the Markdown body
 * @param column 1-based column
 * @param text   the alt text for images ({@code null} for links)
 */
public record MarkdownLink(Kind kind, String url, String text, int line, int column) {

    /** What kind of reference it is. */
    public enum Kind {
        LINK,
        IMAGE
    }
}
