package nl.kennisbank.problems;

/** How bad a problem is: errors stop the build, warnings are reported but do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
