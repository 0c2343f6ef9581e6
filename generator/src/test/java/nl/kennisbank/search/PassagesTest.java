package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Snippet passages: the summary first, then whole sentences spread over the page, none too long. */
class PassagesTest {

    private static SearchDocument page(String summary, String body) {
        return new SearchDocument("p/", "Titel", "pagina", "", List.of(), summary, List.of(), body, Map.of(), Map.of());
    }

    @Test
    void sentencesEndAtPunctuationBeforeSpaceAndAtLineBreaks() {
        assertEquals(
                List.of("Eerste zin.", "Tweede zin?", "Kop zonder punt", "Bedrag 1.5 blijft heel!"),
                Passages.sentences("Eerste zin. Tweede zin?\nKop zonder punt\n\nBedrag 1.5 blijft heel!"));
    }

    @Test
    void theSummaryComesFirstAndShortLinesAreLeftOut() {
        List<String> passages = Passages.of(page(
                "De samenvatting van de pagina.",
                "Kort kopje\nDit is een zin die lang genoeg is om als fragment te dienen. Nog een zin."));
        assertEquals(
                List.of(
                        "De samenvatting van de pagina.",
                        "Dit is een zin die lang genoeg is om als fragment te dienen."),
                passages);
    }

    @Test
    void aLongSentenceIsCutAtASpaceAndOneWithoutSpacesAtTheLimit() {
        String words = "woord ".repeat(60).strip() + ".";
        String oneWord = "https://voorbeeld.nl/" + "a".repeat(300);
        List<String> passages = Passages.of(page("", words + "\n" + oneWord));
        assertTrue(passages.get(0).endsWith("woord …") && passages.get(0).length() <= 222, passages.get(0));
        assertEquals(oneWord.substring(0, 220) + " …", passages.get(1));
    }

    @Test
    void aLongPageGivesSixPassagesSpreadOverIt() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            body.append("Dit is zin nummer ").append(i).append(" van een lange pagina over armoede. ");
        }
        List<String> passages = Passages.of(page("Samenvatting van een lange pagina.", body.toString()));
        assertEquals(6, passages.size());
        assertTrue(passages.get(5).contains("nummer 32"), passages.get(5));
    }
}
