package nl.kennisbank.content;

import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/**
 * Warns at every {@code INVULLEN} that {@code kennisbank new} left in a file, so an editor sees what is still to be
 * written; a warning, because a new file must pass {@code check} while it is being filled in.
 */
public final class PlaceholderCheck {

    public static final String MARKER = "INVULLEN";

    private PlaceholderCheck() {}

    /** The marker as new files write it, with its colon; the word alone (as in the editors' guide) is no placeholder. */
    private static final String WRITTEN = MARKER + ":";

    static void check(SourceFile file, Problems problems) {
        String text = file.text();
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf(WRITTEN); i >= 0; i = text.indexOf(WRITTEN, i + WRITTEN.length())) {
            for (int j = lineStart; j < i; j++) {
                if (text.charAt(j) == '\n') {
                    line++;
                    lineStart = j + 1;
                }
            }
            problems.report(new Location(file.path(), line, i - lineStart + 1), ProblemCode.PLACEHOLDER_LEFT);
        }
    }
}
