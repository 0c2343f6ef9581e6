package nl.kennisbank.problems;

/** Thrown by a stage that found errors; the problems themselves are in the shared {@link Problems}. */
public final class BuildFailedException extends Exception {

    public BuildFailedException(String stage) {
        super("build stopped in stage '" + stage + "'");
    }
}
