package nl.kennisbank.content;

/**
 * A content file as read from disk.
 *
 * @param path         path relative to the site source with forward slashes, e.g. {@code content/over.md}
 * @param contentPath  path relative to {@code content/}, e.g. {@code praktijkvoorbeelden/u-pas.md}
 * @param text         the file's text (UTF-8, without a byte-order mark)
 */
public record SourceFile(String path, String contentPath, String text) {}
