package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Index writers run side by side; the caller gets their results and, after all have finished, the first failure. */
class ConcurrentWritersTest {

    @Test
    void aWritersResultIsThereOnceAllHaveFinished() throws IOException {
        ConcurrentWriters writers = new ConcurrentWriters();
        Future<String> names = writers.submit(() -> "aa ab");
        AtomicBoolean other = new AtomicBoolean();
        writers.submit(() -> other.set(true));
        writers.awaitAll();
        assertEquals("aa ab", ConcurrentWriters.result(names));
        assertTrue(other.get());
    }

    @Test
    void aFailingWriterFailsTheWholeIndexAfterTheOthersHaveFinished() {
        ConcurrentWriters writers = new ConcurrentWriters();
        AtomicBoolean slow = new AtomicBoolean();
        writers.submit(() -> {
            throw new IOException("disk full");
        });
        writers.submit(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            slow.set(true);
        });
        IOException failure = assertThrows(IOException.class, writers::awaitAll);
        assertEquals("disk full", failure.getMessage());
        assertTrue(slow.get());
    }
}
