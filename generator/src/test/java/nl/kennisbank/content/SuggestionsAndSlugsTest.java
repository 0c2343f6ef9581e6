package nl.kennisbank.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import nl.kennisbank.problems.Suggestions;
import org.junit.jupiter.api.Test;

class SuggestionsAndSlugsTest {

    @Test
    void suggestsTheClosestKnownValueForATypo() {
        assertEquals(Optional.of("onderwijs"), Suggestions.closest("onderwjs", List.of("jgz", "onderwijs", "mbo")));
        assertEquals(Optional.of("Utrecht"), Suggestions.closest("Utrect", List.of("Almere", "Utrecht")));
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertEquals(Optional.empty(), Suggestions.closest("fietsenmaker", List.of("jgz", "onderwijs")));
    }

    @Test
    void aFilePathIsJudgedByItsFileNameNotByTheFolderItShares() {
        List<String> pages = List.of("praktijkvoorbeelden/test.md", "praktijkvoorbeelden/u-pas-utrecht.md");
        assertEquals(Optional.empty(), Suggestions.closest("praktijkvoorbeelden/bestaat-niet.md", pages));
        assertEquals(
                Optional.of("praktijkvoorbeelden/u-pas-utrecht.md"),
                Suggestions.closest("praktijkvoorbeelden/u-pas-utrect.md", pages));
        assertEquals(
                Optional.of("praktijkvoorbeelden/u-pas-utrecht.md"),
                Suggestions.closest("praktijkvoorbeeld/u-pas-utrecht.md", pages));
    }

    @Test
    void makesUrlSafeSlugsFromDutchNames() {
        assertEquals("s-hertogenbosch", Slugs.of("'s-Hertogenbosch"));
        assertEquals("sudwest-fryslan", Slugs.of("Súdwest-Fryslân"));
        assertEquals("bergen-nh", Slugs.of("Bergen (NH.)"));
    }
}
