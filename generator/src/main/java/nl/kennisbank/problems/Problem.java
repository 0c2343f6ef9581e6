package nl.kennisbank.problems;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the input.
 *
 * @param path    path relative to the site source, with forward slashes (e.g. {@code content/praktijkvoorbeelden/u-pas.md})
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0 when unknown
 * @param severity error or warning
 * @param code    what kind of problem; its {@link ProblemCode#code()} is the stable code, e.g. {@code VOCAB_UNKNOWN}
 * @param message Dutch message for editors that says what to do
 */
public record Problem(String path, int line, int column, Severity severity, ProblemCode code, String message) {

    /** Orders problems by file, position and code, so output is stable whatever order stages found them in. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(p -> p.code().code())
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler-style line editors and their tools understand: {@code path:line:column: error [CODE]: message}. */
    public String format() {
        return path + ":" + line + ":" + column + ": " + severity.label() + " [" + code.code() + "]: " + message;
    }
}
