package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The static index's writers start before the term impacts are known; a failure of those stops the whole index. */
class StaticIndexWriterTest {

    private static final List<SearchDocument> DOCS = List.of(new SearchDocument(
            "a/", "Schulden", "pagina", "", List.of(), "", List.of(), "Over schulden.", Map.of(), Map.of()));

    @Test
    void aFailureWhileComputingTheImpactsIsTheIndexsFailureAndNoLexiconIsMade() {
        AtomicBoolean lexiconMade = new AtomicBoolean();
        IOException thrown = assertThrows(
                IOException.class,
                () -> new StaticIndexWriter()
                        .write(
                                DOCS,
                                () -> {
                                    throw new IOException("schijf vol");
                                },
                                impacts -> {
                                    lexiconMade.set(true);
                                    return null;
                                },
                                Map.of()));
        assertEquals("schijf vol", thrown.getMessage());
        assertFalse(lexiconMade.get());
    }
}
