package nl.kennisbank.publish;

/**
 * A script as the site publishes it: without comments, indentation, trailing spaces, blank lines and spaces beside
 * brackets and most operators, every other character as written, so a visitor downloads about half the bytes and the code does exactly the same. Lines stay
 * lines (no reliance on semicolon insertion rules). Strings, template literals (with their {@code ${…}} parts) and
 * regular expression literals are copied untouched; a slash starts a regular expression where an expression may
 * start (after an operator, an opening bracket, a comma or semicolon, a keyword such as {@code return}, or at the
 * start), as the language defines it. A block comment that spanned lines leaves a line break.
 *
 * <p>Written for the site's own ES modules ({@code assets/js}); not a general minifier (no renaming, no joining of
 * lines). The Node tests run the engine from the compacted copies the build writes.
 */
public final class CompactScript {

    private static final java.util.Set<String> KEYWORDS_BEFORE_EXPRESSION = java.util.Set.of(
            "return",
            "typeof",
            "case",
            "do",
            "else",
            "in",
            "of",
            "new",
            "delete",
            "void",
            "throw",
            "instanceof",
            "yield",
            "await");

    /**
     * Characters a space beside which can go: no two of them joined make another valid operator than a space between
     * them did (a = =b is no code), and none is a slash, plus or minus (// and /*, + + and - - would change meaning).
     */
    private static final String PUNCTUATORS = "{}()[];,:=<>?&|!*%^~";

    private final String source;
    private final StringBuilder out = new StringBuilder();
    private int i;
    /** The last character of code written (not whitespace or comment), or 0 at the start. */
    private char last;
    /** The identifier or keyword that ended just before, if the last code was one. */
    private String lastWord = "";
    /** Whether whitespace or a comment came after the last code: a letter then starts a new word. */
    private boolean separated;

    private CompactScript(String source) {
        this.source = source;
    }

    /** The compacted script. */
    public static String of(String source) {
        CompactScript c = new CompactScript(source);
        c.code(false);
        c.lineBreak();
        return c.out.toString();
    }

    /** Copies code until the end, or until the brace closing a template literal's {@code ${} when {@code inTemplate}. */
    private void code(boolean inTemplate) {
        int depth = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '/' && next() == '/') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && next() == '*') {
                int end = source.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed comment at " + i);
                }
                boolean lineBreak = source.substring(i, end).indexOf('\n') >= 0;
                i = end + 2;
                if (lineBreak) {
                    lineBreak();
                } else {
                    space();
                }
            } else if (c == '\n') {
                lineBreak();
                i++;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                space();
                i++;
            } else if (c == '\'' || c == '"') {
                quoted(c);
            } else if (c == '`') {
                template();
            } else if (c == '/' && regexMayStart()) {
                regex();
            } else {
                if (inTemplate && c == '{') {
                    depth++;
                } else if (inTemplate && c == '}') {
                    if (depth == 0) {
                        trimLineEnd();
                        return;
                    }
                    depth--;
                }
                if (PUNCTUATORS.indexOf(c) >= 0) {
                    trimLineEnd();
                }
                out.append(c);
                i++;
                if (Character.isJavaIdentifierPart(c)) {
                    lastWord = Character.isJavaIdentifierPart(last) && !separated ? lastWord + c : String.valueOf(c);
                } else {
                    lastWord = "";
                }
                last = c;
                separated = false;
            }
        }
        if (inTemplate) {
            throw new IllegalArgumentException("unclosed template literal");
        }
    }

    private char next() {
        return i + 1 < source.length() ? source.charAt(i + 1) : 0;
    }

    private boolean regexMayStart() {
        if (last == 0) {
            return true;
        }
        if (Character.isJavaIdentifierPart(last)) {
            return KEYWORDS_BEFORE_EXPRESSION.contains(lastWord);
        }
        return ")]}".indexOf(last) < 0; // after ) ] } a slash divides (the site's code has no regex after a block)
    }

    private void quoted(char quote) {
        int start = i++;
        while (i < source.length() && source.charAt(i) != quote) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.charAt(i) == '\n') {
                throw new IllegalArgumentException("unclosed string at " + start);
            }
            i++;
        }
        i++;
        written(start);
    }

    private void template() {
        out.append('`');
        i++;
        while (i < source.length() && source.charAt(i) != '`') {
            char c = source.charAt(i);
            if (c == '\\') {
                out.append(c).append(source.charAt(i + 1));
                i += 2;
            } else if (c == '$' && next() == '{') {
                out.append("${");
                i += 2;
                last = '{';
                code(true);
                out.append('}');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        if (i >= source.length()) {
            throw new IllegalArgumentException("unclosed template literal");
        }
        out.append('`');
        i++;
        last = '`';
        lastWord = "";
        separated = false;
    }

    private void regex() {
        int start = i++;
        boolean inClass = false;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            } else if (c == '\n') {
                throw new IllegalArgumentException("unclosed regular expression at " + start);
            }
            i++;
        }
        i++;
        while (i < source.length() && Character.isLetter(source.charAt(i))) {
            i++; // flags
        }
        written(start);
    }

    /** Copies a literal from {@code start} to here. */
    private void written(int start) {
        out.append(source, start, i);
        last = source.charAt(i - 1);
        lastWord = "";
        separated = false;
        if (Character.isJavaIdentifierPart(last)) {
            last = 'x'; // a regex's flags: a slash after them divides
        }
    }

    /** A line ends: trailing spaces go, and an empty line is left out. */
    private void lineBreak() {
        separated = true;
        trimLineEnd();
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** Spaces in code: none at the start of a line (indentation), one between tokens. */
    private void space() {
        separated = true;
        char before = out.isEmpty() ? '\n' : out.charAt(out.length() - 1);
        if (before != '\n' && before != ' ' && PUNCTUATORS.indexOf(before) < 0) {
            out.append(' ');
        }
    }

    private void trimLineEnd() {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
