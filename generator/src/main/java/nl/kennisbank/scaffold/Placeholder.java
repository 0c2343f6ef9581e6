package nl.kennisbank.scaffold;

/** The marker new files use where only the editor knows what to write; {@code check} warns while one is left. */
public final class Placeholder {

    public static final String MARKER = nl.kennisbank.content.PlaceholderCheck.MARKER;

    private Placeholder() {}

    /** A placeholder text such as {@code INVULLEN: Eén of twee zinnen …}. */
    static String text(String what) {
        return MARKER + ": " + what;
    }
}
