package nl.kennisbank.markdown;

/** A heading in a document, with the id the renderer gives it. */
public record Heading(int level, String id, String text, int line) {}
