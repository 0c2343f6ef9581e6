package nl.kennisbank.markdown;

/** A piece of raw HTML written in the Markdown, with its 1-based line and column in the body. */
public record RawHtml(String html, int line, int column) {}
