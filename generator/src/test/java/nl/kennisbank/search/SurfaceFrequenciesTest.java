package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How many documents use each folded word form: what "Bedoelde je" prefers. */
class SurfaceFrequenciesTest {

    private static SearchDocument doc(String title, String body) {
        return new SearchDocument("x/", title, "pagina", "", List.of(), "", List.of(), body, Map.of(), Map.of());
    }

    @Test
    void countsEachFoldedWordFormOncePerDocument() {
        Map<String, Integer> f = SurfaceFrequencies.of(List.of(
                doc("Schulden", "Schulden, schulden en nog eens schulden."),
                doc("Eén schuld", "Over schulden; café-bezoek."),
                doc("Niets", "")));
        assertEquals(2, f.get("schulden"));
        assertEquals(1, f.get("schuld"));
        assertEquals(1, f.get("een"));
        assertEquals(1, f.get("cafe"));
        assertEquals(1, f.get("bezoek"));
        assertNull(f.get("café"));
    }
}
