package nl.kennisbank.problems;

/**
 * A place in a source file.
 *
 * @param path   path relative to the site source, forward slashes
 * @param line   1-based line
 * @param column 1-based column
 */
public record Location(String path, int line, int column) {

    /** The file as a whole: reported at its start (1:1), where an editor's "go to problem" lands. */
    public static Location file(String path) {
        return new Location(path, 1, 1);
    }

    public Location shiftLines(int lines) {
        return new Location(path, line + lines, column);
    }
}
