package nl.kennisbank.content;

import java.util.Optional;
import nl.kennisbank.problems.Location;
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
        String[] lines = file.text().split("\n", -1);
        if (file.text().isBlank()) {
            problems.error(new Location(file.path(), 1, 1), "FILE_EMPTY",
                    "Dit bestand is leeg. Begin met een kopblok tussen twee regels '---' (zie de redactiehandleiding) of verwijder het bestand.");
            return Optional.empty();
        }
        if (stripCr(lines[0]).equals("---")) {
            return yaml(file, lines, problems);
        }
        Optional<SplitSource> jbake = jbake(lines);
        if (jbake.isPresent()) {
            return jbake;
        }
        problems.error(new Location(file.path(), 1, 1), "FRONTMATTER_MISSING",
                "Dit bestand heeft geen kopblok. Ben je de regel '---' bovenaan vergeten? Zet de velden (zoals 'titel:') tussen twee regels '---'.");
        return Optional.empty();
    }

    private Optional<SplitSource> yaml(SourceFile file, String[] lines, Problems problems) {
        for (int i = 1; i < lines.length; i++) {
            String line = stripCr(lines[i]);
            if (line.equals("---") || line.equals("...")) {
                return Optional.of(new SplitSource(SplitSource.Format.YAML, join(lines, 1, i), 2, join(lines, i + 1, lines.length), i + 2));
            }
        }
        problems.error(new Location(file.path(), 1, 1), "FRONTMATTER_UNCLOSED",
                "Het kopblok begint met '---' maar wordt niet afgesloten. Zet een regel '---' onder het laatste veld.");
        return Optional.empty();
    }

    private Optional<SplitSource> jbake(String[] lines) {
        for (int i = 0; i < lines.length && i < 200; i++) {
            String line = stripCr(lines[i]).trim();
            if (line.equals(jbakeSeparator)) {
                return i == 0 ? Optional.empty()
                        : Optional.of(new SplitSource(SplitSource.Format.JBAKE, join(lines, 0, i), 1, join(lines, i + 1, lines.length), i + 2));
            }
            if (!line.isEmpty() && !line.contains("=")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(stripCr(lines[i]));
            if (i < to - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
