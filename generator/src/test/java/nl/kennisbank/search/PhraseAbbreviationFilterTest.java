package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A written-out phrase adds its abbreviation to the index terms; every other word passes as it would without it. */
class PhraseAbbreviationFilterTest {

    private static DutchAnalysis plain;
    private static DutchAnalysis withPhrases;

    @BeforeAll
    static void load() throws IOException {
        plain = new DutchAnalysis(SearchSettings.load(ExampleSite.root()));
        withPhrases = plain.withPhraseSynonyms(new SearchVocabulary(List.of(
                List.of("voor- en vroegschoolse educatie", "VVE"),
                List.of("buitenschoolse opvang", "bso"),
                List.of("Buitenschoolse opvang", "tso"))));
    }

    @AfterAll
    static void close() {
        plain.close();
        withPhrases.close();
    }

    @ParameterizedTest(name = "{0} → also {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the phrase anywhere in a text, any case, with or without its hyphen
            Voor- en vroegschoolse educatie helpt peuters.                   | vve
            Peuters gaan naar de voor en vroegschoolse educatie.             | vve
            # a phrase that starts inside a phrase that did not match
            We kiezen voor voor- en vroegschoolse educatie.                  | vve
            # a phrase in two groups gives both abbreviations
            De buitenschoolse opvang is open.                                | bso tso
            # twice in one text: twice the abbreviation
            Buitenschoolse opvang en buitenschoolse opvang                   | bso tso bso tso
            # half a phrase, also at the end of the text, adds nothing
            Een voor en vroegschoolse                                        |
            Voor en na school                                                |
            Buitenschoolse                                                   |
            """)
    void aPhraseAddsItsAbbreviationAndKeepsItsWords(String text, String added) {
        List<String> expected = plain.terms(text);
        List<String> actual = new ArrayList<>(withPhrases.terms(text));
        List<String> extra = new ArrayList<>();
        for (String term : List.copyOf(actual)) {
            if (List.of("vve", "bso", "tso").contains(term) && !expected.contains(term)) {
                extra.add(term);
                actual.remove(term);
            }
        }
        assertEquals(expected, actual, "the words themselves");
        assertEquals(added == null ? "" : added, String.join(" ", extra), "the added abbreviations");
    }
}
