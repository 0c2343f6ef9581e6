package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A facet value's documents are written in the shorter form: a trimmed bitset, or delta-coded ordinals when rare. */
class FacetEncodingTest {

    private static byte[] bits(int documents, int... docs) {
        byte[] bits = new byte[(documents + 7) / 8];
        for (int d : docs) {
            bits[d / 8] |= (byte) (1 << (d % 8));
        }
        return bits;
    }

    @Test
    void aRareValueIsWrittenAsGapsBetweenItsDocuments() {
        Map<String, Object> entry = new LinkedHashMap<>();
        DocumentFiles.encodeBits(entry, bits(10_000, 17, 4000, 9999));
        assertEquals(List.of(17, 3983, 5999), entry.get("n"));
        assertFalse(entry.containsKey("b"));
    }

    @Test
    void aCommonValueIsABitsetFromItsFirstToItsLastNonZeroByte() {
        int[] docs = java.util.stream.IntStream.range(800, 1000)
                .filter(d -> d % 3 == 0)
                .toArray();
        Map<String, Object> entry = new LinkedHashMap<>();
        DocumentFiles.encodeBits(entry, bits(1000, docs));
        assertEquals(100, entry.get("o"));
        byte[] stored = Base64.getDecoder().decode((String) entry.get("b"));
        assertEquals(25, stored.length);
        for (int d = 800; d < 1000; d++) {
            assertEquals(d % 3 == 0, (stored[d / 8 - 100] & (1 << (d % 8))) != 0, "document " + d);
        }
        assertTrue(!entry.containsKey("n"));
    }
}
