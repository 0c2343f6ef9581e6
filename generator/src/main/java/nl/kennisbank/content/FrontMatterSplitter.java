package nl.kennisbank.content;

import java.util.Optional;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/**
 * Splits a file into header and body. YAML front matter sits between two {@code ---} lines at the top; a JBake
 * header is a block of {@code key=value} lines closed by the separator line (default {@code ~~~~~~}).
 */
public final class FrontMatterSplitter {

    private final String jbakeSeparator;

    public FrontMatterSplitter(String jbakeSeparator) {
        this.jbakeSeparator = jbakeSeparator;
    }

    public Optional<SplitSource> split(SourceFile file, Problems problems) {
        String text = file.text();
        if (text.isBlank()) {
            problems.report(new Location(file.path(), 1, 1), ProblemCode.FILE_EMPTY);
            return Optional.empty();
        }
        if (lineAt(text, 0).stripTrailing().equals("---")) {
            return yaml(file, problems);
        }
        Optional<SplitSource> jbake = jbake(text);
        if (jbake.isPresent()) {
            return jbake;
        }
        problems.report(new Location(file.path(), 1, 1), ProblemCode.FRONTMATTER_MISSING);
        return Optional.empty();
    }

    private Optional<SplitSource> yaml(SourceFile file, Problems problems) {
        String text = file.text();
        int headerStart = nextLine(text, 0);
        int line = 2;
        for (int start = headerStart; start < text.length(); start = nextLine(text, start), line++) {
            String current = lineAt(text, start).stripTrailing();
            if (current.equals("---") || current.equals("...")) {
                String header = start > headerStart ? text.substring(headerStart, start - 1) : "";
                return Optional.of(new SplitSource(
                        SplitSource.Format.YAML, header, 2, text.substring(nextLine(text, start)), line + 1));
            }
        }
        problems.report(new Location(file.path(), 1, 1), ProblemCode.FRONTMATTER_UNCLOSED);
        return Optional.empty();
    }

    private Optional<SplitSource> jbake(String text) {
        int line = 1;
        for (int start = 0; start < text.length() && line <= 200; start = nextLine(text, start), line++) {
            String current = lineAt(text, start).trim();
            if (current.equals(jbakeSeparator)) {
                return start == 0
                        ? Optional.empty()
                        : Optional.of(new SplitSource(
                                SplitSource.Format.JBAKE,
                                text.substring(0, start - 1),
                                1,
                                text.substring(nextLine(text, start)),
                                line + 1));
            }
            if (!current.isEmpty() && !current.contains("=")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The line starting at {@code start}, without its line break. */
    private static String lineAt(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static int nextLine(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end + 1;
    }
}
