package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;

/**
 * The terms of the site's 250 most used words, pinned in {@code src/test/resources/zoeken/stammen.tsv}. A Lucene or
 * Snowball upgrade, or an edit to the word lists in data/zoeken/, that changes a stem shows up here as a diff.
 * Update with {@code -Dkennisbank.updateGolden=true} and review the change like code.
 */
class GoldenStemsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/zoeken/stammen.tsv");

    @Test
    void stemsOfTheSitesCommonWordsStayTheSame() throws IOException {
        List<String> expected = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
        List<String> actual = new ArrayList<>();
        try (DutchAnalysis analysis = new DutchAnalysis(SearchSettings.load(ExampleSite.root()))) {
            for (String line : expected) {
                if (line.startsWith("#") || line.isBlank()) {
                    actual.add(line);
                    continue;
                }
                String word = line.split("\t", 2)[0];
                actual.add(word + "\t" + String.join(" ", analysis.terms(word)));
            }
        }
        if (Boolean.getBoolean("kennisbank.updateGolden")) {
            Files.write(GOLDEN, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(
                String.join("\n", expected),
                String.join("\n", actual),
                "stems changed; review and update the golden file");
    }
}
