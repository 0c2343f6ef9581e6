package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.kennisbank.browser.BrowserSite;
import nl.kennisbank.site.ExampleSite;
import nl.kennisbank.site.FixtureSites;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Dutch behaviour table of anchors.md, repeated on our search: hand-made pages with one word form each, and
 * a query for another form. Pagefind finds none of the compound, acronym and typo cases; we must rank the page first
 * (of the hand-made pages: the vocabulary pages from data/ are results too).
 */
class DutchWordFormsTest {

    private static final List<String[]> PAGES = List.of(
            new String[] {"kinderarmoede", "Over kinderarmoede in de wijk."},
            new String[] {"jeugdgezondheidszorg", "De jeugdgezondheidszorg ziet bijna alle kinderen."},
            new String[] {"kinderopvangtoeslag", "Vraag de kinderopvangtoeslag op tijd aan."},
            new String[] {"schoolreisje", "Het schoolreisje kost geld."},
            new String[] {"financiele", "Hulp bij financiële zorgen."},
            new String[] {"coordinator", "De coördinator belt terug."},
            new String[] {"buitenschoolse-opvang", "Na schooltijd naar de buitenschoolse opvang."});

    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite(DutchWordFormsTest::buildHandMadePages);

    private static Path buildHandMadePages() {
        try {
            Path work = Files.createTempDirectory("kennisbank-woordvormen-");
            Path source = work.resolve("bron");
            for (String folder : List.of("data", "templates", "assets")) {
                FixtureSites.copyTree(ExampleSite.root().resolve(folder), source.resolve(folder));
            }
            Files.copy(ExampleSite.root().resolve("jbake.properties"), source.resolve("jbake.properties"));
            Files.createDirectories(source.resolve("content"));
            for (String[] page : PAGES) {
                Files.writeString(
                        source.resolve("content/" + page[0] + ".md"),
                        "---\ntitel: Pagina " + page[0].length() + "\nsamenvatting: Een testpagina.\n---\n" + page[1]
                                + "\n",
                        StandardCharsets.UTF_8);
            }
            return ExampleSite.buildSource(source, work.resolve("site"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0} finds the page that says {1}")
    @CsvSource({
        "armoede, kinderarmoede",
        "gezondheidszorg, jeugdgezondheidszorg",
        "toeslag, kinderopvangtoeslag",
        "schoolreisjes, schoolreisje",
        "financiele, financiele",
        "coördinator, coordinator",
        "JGZ, jeugdgezondheidszorg",
        "BSO, buitenschoolse-opvang",
        "kinderarmoedde, kinderarmoede",
        "jeugdgezondhiedszorg, jeugdgezondheidszorg",
    })
    void aDutchWordFormFindsThePageWithAnother(String query, String page) {
        BrowserSearch.Answer answer = new BrowserSearch(SITE.driver(), SITE.url("zoeken/")).search(query + " ", 30);
        // the themes, sectors and pillars of data/ are documents too; among the hand-made pages this one comes first
        List<String> pages = answer.paths().stream()
                .filter(p -> !p.matches("(themas|sectoren|pijlers)/.*"))
                .toList();
        assertEquals(
                page + "/",
                pages.isEmpty() ? "nothing" : pages.get(0),
                "first result for '" + query + "': " + answer.paths());
    }
}
