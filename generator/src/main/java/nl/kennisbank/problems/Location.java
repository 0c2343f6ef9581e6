package nl.kennisbank.problems;

/**
 * A place in a source file.
 *
 * @param path   path relative to the site source, forward slashes
 * @param line   1-based line, 0 for the whole file
 * @param column 1-based column, 0 when unknown
 */
public record Location(String path, int line, int column) {

    public static Location file(String path) {
        return new Location(path, 0, 0);
    }

    public Location shiftLines(int lines) {
        return new Location(path, line + lines, column);
    }
}
