package nl.kennisbank.cli;

/** The exit codes of every command: 0 done, 1 content problems, 2 usage, configuration or file system, 3 a bug. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int CONTENT_PROBLEMS = 1;
    public static final int USAGE = 2;
    /** An unexpected failure: a bug in the generator, never caused by content. */
    public static final int BUG = 3;

    private ExitCodes() {}
}
