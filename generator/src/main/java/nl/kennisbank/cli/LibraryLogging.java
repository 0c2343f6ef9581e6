package nl.kennisbank.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps libraries' notes for developers out of what editors read: Lucene logs once per run, in English, that the
 * incubating Vector API is not enabled (the build uses no vectors). The logging framework holds loggers weakly, so the
 * level set here lasts only while this object is reachable: the command holds it until it exits. Without that, a
 * collection before Lucene's first use forgot the level and every build of a few thousand documents printed the note.
 */
final class LibraryLogging {

    private final Logger lucene;

    private LibraryLogging(Logger lucene) {
        this.lucene = lucene;
    }

    static LibraryLogging quiet() {
        Logger lucene = Logger.getLogger("org.apache.lucene");
        lucene.setLevel(Level.SEVERE);
        return new LibraryLogging(lucene);
    }

    /** The level in force for Lucene's loggers while this is held. */
    Level luceneLevel() {
        return lucene.getLevel();
    }
}
