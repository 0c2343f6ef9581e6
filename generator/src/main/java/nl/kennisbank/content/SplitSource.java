package nl.kennisbank.content;

/**
 * A source file split into its header and its Markdown body.
 *
 * @param format          which header the file has
 * @param header          the header text without its delimiters
 * @param headerFirstLine 1-based line of the first header line in the file
 * @param body            the Markdown body
 * @param bodyFirstLine   1-based line of the first body line in the file
 */
public record SplitSource(Format format, String header, int headerFirstLine, String body, int bodyFirstLine) {

    /** The header formats we read. */
    public enum Format {
        YAML,
        JBAKE
    }
}
