package nl.kennisbank.content;

import java.util.Optional;

/**
 * Finds YAML nested deeper than any front matter needs, before the parser sees it: the parser recurses once per
 * level, and about 3,000 nested {@code [} are enough to overflow its stack. Counts flow brackets outside quoted
 * scalars and comments, and the indentation plus {@code - } markers that open block collections.
 */
final class YamlDepth {

    /** Where nesting first goes past the limit: 0-based line, 1-based column. */
    record TooDeep(int line, int column) {}

    private YamlDepth() {}

    static Optional<TooDeep> find(String yaml, int maxFlow, int maxBlockColumns) {
        int depth = 0;
        int line = 0;
        int lineStart = 0;
        char quote = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                if (quote == 0 && blockColumns(yaml, lineStart) > maxBlockColumns) {
                    return Optional.of(new TooDeep(line, maxBlockColumns + 1));
                }
                continue;
            }
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if ((c == '"' || c == '\'') && startsScalar(yaml, i, lineStart)) {
                quote = c;
            } else if (c == '#' && (i == lineStart || Character.isWhitespace(yaml.charAt(i - 1)))) {
                int end = yaml.indexOf('\n', i);
                i = (end < 0 ? yaml.length() : end) - 1;
            } else if (c == '[' || c == '{') {
                if (++depth > maxFlow) {
                    return Optional.of(new TooDeep(line, i - lineStart + 1));
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return blockColumns(yaml, 0) > maxBlockColumns
                ? Optional.of(new TooDeep(0, maxBlockColumns + 1))
                : Optional.empty();
    }

    /** A quote opens a quoted scalar only where a value starts: after ':', '-', ',', a bracket, or at the line start. */
    private static boolean startsScalar(String yaml, int at, int lineStart) {
        for (int j = at - 1; j >= lineStart; j--) {
            char before = yaml.charAt(j);
            if (before != ' ' && before != '\t') {
                return before == ':'
                        || before == '-'
                        || before == ','
                        || before == '['
                        || before == '{'
                        || before == '?';
            }
        }
        return true;
    }

    /** Indentation plus the width of leading "- " markers: how many block levels this line can open. */
    private static int blockColumns(String yaml, int start) {
        int i = start;
        while (i < yaml.length()
                && (yaml.charAt(i) == ' '
                        || (yaml.charAt(i) == '-' && i + 1 < yaml.length() && yaml.charAt(i + 1) == ' '))) {
            i++;
        }
        return i - start;
    }
}
