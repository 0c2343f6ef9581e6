package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the Dutch analysis chain makes of a word: compounds, inflections, diacritics, acronyms, names, stop words. */
class DutchAnalysisTest {

    private static DutchAnalysis analysis;

    @BeforeAll
    static void load() throws IOException {
        analysis = new DutchAnalysis(SearchSettings.load(ExampleSite.root()));
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # compounds: the whole word and its parts
            kinderarmoede           | kinderarmoed kinder armoed
            kinderopvangtoeslag     | kinderopvangtoeslag kinderopvang toeslag
            jeugdgezondheidszorg    | jeugdgezondheidszorg jeugd gezondheidszorg
            schoolreisje            | schoolreisj schol reisj
            # a part's letters are used up: medewerker does not also yield werker, inkomen not komen
            beleidsmedewerkers      | beleidsmedewerker beleid medewerker
            ervaringsdeskundigen    | ervaringsdeskund ervar deskund
            inkomen                 | inkom
            # inflections meet at one stem
            kinderen                | kinder
            kind                    | kinder
            ouders                  | ouder
            gesprekken              | gesprek
            gesprek                 | gesprek
            scholen                 | schol
            school                  | schol
            schoolreisjes           | schoolreisj schol reisj
            signaleert              | signaler
            # a doubled final consonant is made single: plural and singular meet
            gezinnen                | gezin
            gezin                   | gezin
            bronnen                 | bron
            # listed verb forms meet their infinitive; nouns the stemmer cuts wrongly have a fixed stem
            helpt                   | help
            helpen                  | help
            vraagt                  | vrag
            herkent                 | herken
            herkennen               | herken
            fondsen                 | fonds
            fonds                   | fonds
            signaleerden            | signaler
            signaleren              | signaler
            # curated stems: schaamte and schamen meet; samen is not SAM&
            schaamte                | schaam
            schamen                 | schaam
            samen                   | samen
            # diacritics are folded away
            Fryslân                 | fryslan
            coördinator             | coordinator
            # acronyms and names are neither stemmed nor split
            JGZ                     | jgz
            VVE                     | vve
            Leergeld                | leergeld
            # stop words leave nothing
            de                      |
            """)
    void aWordBecomesItsTerms(String word, String expected) {
        List<String> terms = analysis.terms(word);
        assertEquals(expected == null ? "" : expected, String.join(" ", terms), word);
    }
}
