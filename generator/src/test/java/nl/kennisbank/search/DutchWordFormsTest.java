package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.kennisbank.browser.Browser;
import nl.kennisbank.browser.StaticServer;
import nl.kennisbank.site.ExampleSite;
import nl.kennisbank.site.FixtureSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Dutch behaviour table of anchors.md, repeated on our search: hand-made pages with one word form each, and
 * a query for another form. Pagefind finds none of the compound, acronym and typo cases; we must rank the page first.
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

    @TempDir
    static Path work;
    private static StaticServer server;
    private static Browser browser;
    private static BrowserSearch search;

    @BeforeAll
    static void buildHandMadePages() throws IOException {
        Path source = work.resolve("bron");
        for (String folder : List.of("data", "templates", "assets")) {
            FixtureSites.copyTree(ExampleSite.root().resolve(folder), source.resolve(folder));
        }
        Files.copy(ExampleSite.root().resolve("jbake.properties"), source.resolve("jbake.properties"));
        for (String[] page : PAGES) {
            Files.createDirectories(source.resolve("content"));
            Files.writeString(source.resolve("content/" + page[0] + ".md"), "---\ntitel: Pagina " + page[0].length() + "\nsamenvatting: Een testpagina.\n---\n"
                    + page[1] + "\n", StandardCharsets.UTF_8);
        }
        server = StaticServer.serve(ExampleSite.buildSource(source, work.resolve("site")));
        browser = Browser.open();
        search = new BrowserSearch(browser.driver(), server.url("zoeken/"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
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
        BrowserSearch.Answer answer = search.search(query + " ", 10);
        assertEquals(page + "/", answer.paths().isEmpty() ? "nothing" : answer.paths().get(0), "first result for '" + query + "': " + answer.paths());
    }
}
