package nl.kennisbank.gates;

import java.util.List;

/**
 * One problem a gate found: the page (a path relative to the site root, such as {@code themas/schulden/index.html}),
 * the line in that page (0 when unknown) and what is wrong.
 */
record GateFinding(String page, int line, String message) {

    /** {@code page:line: message}, or {@code page: message} when the line is unknown. */
    String format() {
        return line > 0 ? page + ":" + line + ": " + message : page + ": " + message;
    }

    /** An assertion message listing every finding, one a line, under a heading that counts them. */
    static String report(String what, List<GateFinding> findings) {
        StringBuilder out = new StringBuilder()
                .append(findings.size())
                .append(' ')
                .append(what)
                .append(':');
        findings.forEach(f -> out.append("\n  ").append(f.format()));
        return out.toString();
    }
}
