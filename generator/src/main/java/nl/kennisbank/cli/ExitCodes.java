package nl.kennisbank.cli;

/** The exit codes of every command. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int CONTENT_PROBLEMS = 1;
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
