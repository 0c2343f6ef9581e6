package nl.kennisbank.markdown;

import java.util.Optional;

/**
 * Finds Markdown whose blocks nest deeper than any page needs, before flexmark sees it: flexmark recurses once
 * per nested block quote or list, and a line of 10,000 {@code >} overflows its stack. A line's depth is the
 * number of {@code >} and list markers it starts with, plus one level per two columns of indentation.
 */
public final class BlockDepth {

    /** Deeper nesting is refused; a page needs a few levels, flexmark's stack lasts for thousands. */
    public static final int MAX = 100;

    /** Where the nesting first goes past {@link #MAX}: 1-based line and column in the body. */
    public record TooDeep(int line, int column) {}

    private BlockDepth() {}

    public static Optional<TooDeep> find(String markdown) {
        int line = 1;
        for (int start = 0; start < markdown.length(); line++) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            int column = tooDeepAt(markdown, start, end);
            if (column > 0) {
                return Optional.of(new TooDeep(line, column));
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** The 1-based column where this line passes the limit, or 0. */
    private static int tooDeepAt(String text, int start, int end) {
        int depth = 0;
        int spaces = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                spaces += c == '\t' ? 4 : 1;
                i++;
                continue;
            }
            int marker = markerLength(text, i, end);
            if (marker == 0) {
                break;
            }
            depth++;
            i += marker;
            if (depth + spaces / 2 > MAX) {
                return i - start;
            }
        }
        return depth + spaces / 2 > MAX ? i - start + 1 : 0;
    }

    /** The length of a block quote marker or list marker at {@code i}, or 0 when there is none. */
    private static int markerLength(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '>') {
            return 1;
        }
        boolean spaceAfter = i + 1 < end && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t');
        if ((c == '-' || c == '*' || c == '+') && spaceAfter) {
            return 1;
        }
        int j = i;
        while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j > i
                && j < end
                && (text.charAt(j) == '.' || text.charAt(j) == ')')
                && j + 1 < end
                && text.charAt(j + 1) == ' ') {
            return j - i + 1;
        }
        return 0;
    }
}
