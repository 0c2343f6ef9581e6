package nl.kennisbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class LibraryLoggingTest {

    @Test
    void lucenesNoteAboutTheVectorApiStaysQuietAfterAGarbageCollection() throws InterruptedException {
        LibraryLogging logging = LibraryLogging.quiet();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        Logger vectorization = Logger.getLogger("org.apache.lucene.internal.vectorization");
        assertFalse(vectorization.isLoggable(Level.WARNING), "Lucene's warning would reach the editor's screen");
        assertEquals(Level.SEVERE, logging.luceneLevel());
        java.lang.ref.Reference.reachabilityFence(logging);
    }
}
