package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

/** How many documents use each folded word form: what "Bedoelde je" prefers. */
class SurfaceFrequenciesTest {

    private static SearchDocument doc(String title, String body) {
        return new SearchDocument("x/", title, "pagina", "", List.of(), "", List.of(), body, Map.of(), Map.of());
    }

    @Test
    void countsEachFoldedWordFormOncePerDocument() {
        Map<String, Integer> f = SurfaceFrequencies.of(
                List.of(
                        doc("Schulden", "Schulden, schulden en nog eens schulden."),
                        doc("Eén schuld", "Over schulden; café-bezoek."),
                        doc("Niets", "")),
                Set.of("schulden", "schuld", "een", "cafe", "bezoek", "café", "nergens"));
        assertEquals(2, f.get("schulden"));
        assertEquals(1, f.get("schuld"));
        assertEquals(1, f.get("een"));
        assertEquals(1, f.get("cafe"));
        assertEquals(1, f.get("bezoek"));
        assertNull(f.get("café"));
        assertNull(f.get("nergens"));
    }

    @Test
    void countsOnlyTheFormsAskedFor() {
        Map<String, Integer> f =
                SurfaceFrequencies.of(List.of(doc("Schulden", "Schuld en schulden")), Set.of("schuld"));
        assertEquals(Map.of("schuld", 1), f);
    }

    @Test
    void givesWhatLowercasingAndFoldingEachWordGivesOnRandomText() {
        Random random = new Random(13);
        String alphabet = "aAbBzZ09éÉİıßŒæ'’- .,\t\n\u00a0\uD83D\uDE00Ωω";
        List<SearchDocument> docs = new ArrayList<>();
        for (int d = 0; d < 300; d++) {
            StringBuilder body = new StringBuilder();
            for (int c = 0; c < 200; c++) {
                body.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            docs.add(new SearchDocument(
                    "d" + d + "/",
                    "Titel " + d,
                    "pagina",
                    "",
                    List.of("Kop " + body.substring(0, 20)),
                    body.substring(20, 40),
                    List.of(body.substring(40, 50)),
                    body.toString(),
                    Map.of(),
                    Map.of()));
        }
        Map<String, Integer> expected = reference(docs);
        Set<String> forms = new HashSet<>(expected.keySet());
        forms.add("woordzonderdocument");
        assertEquals(expected, SurfaceFrequencies.of(docs, forms));
    }

    /** Each document's words made one by one: lowercased with {@code Locale.ROOT}, then folded to ASCII. */
    private static Map<String, Integer> reference(List<SearchDocument> docs) {
        Map<String, Integer> counts = new HashMap<>();
        for (SearchDocument d : docs) {
            Set<String> words = new HashSet<>();
            List<String> texts = new ArrayList<>(List.of(d.title(), d.summary(), d.body()));
            texts.addAll(d.headings());
            texts.addAll(d.tags());
            for (String text : texts) {
                StringBuilder word = new StringBuilder();
                for (int i = 0; i <= text.length(); i++) {
                    if (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                        word.append(text.charAt(i));
                    } else if (!word.isEmpty()) {
                        char[] in = word.toString().toLowerCase(Locale.ROOT).toCharArray();
                        char[] out = new char[in.length * 4];
                        words.add(new String(out, 0, ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length)));
                        word.setLength(0);
                    }
                }
            }
            words.forEach(w -> counts.merge(w, 1, Integer::sum));
        }
        return counts;
    }
}
