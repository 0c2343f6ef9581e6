package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --previous-sitemap}: each way the sitemap of the published site can point at trouble, in Dutch. */
class PreviousSitemapTest {

    @TempDir
    Path tmp;

    @Test
    void aSitemapThatCannotBeReadSaysSoAndHowToGiveTheRightOne() throws Exception {
        Path missing = tmp.resolve("weg/sitemap.xml");
        assertEquals(
                List.of(
                        missing + ":1:1 CONFIG_PREVIOUS_SITEMAP: De vorige sitemap " + missing
                                + " kan ik niet lezen. Geef met"
                                + " --previous-sitemap het sitemap.xml-bestand van de gepubliceerde site, of laat de optie weg."),
                check(missing));
    }

    @Test
    void aFileWithoutAnyLocIsNotASitemap() throws Exception {
        Path empty = Files.writeString(tmp.resolve("sitemap.xml"), "<urlset></urlset>\n");
        assertEquals(
                List.of(empty + ":1:1 CONFIG_PREVIOUS_SITEMAP: In " + empty
                        + " staat geen enkel <loc>-adres: dit is geen sitemap."
                        + " Geef met --previous-sitemap het sitemap.xml-bestand van de gepubliceerde site."),
                check(empty));
    }

    @Test
    void anAddressTheBuildNoLongerHasIsAWarningAtTheSitemapLineOrAtThePageThatLooksRenamed() throws Exception {
        Path sitemap = Files.writeString(tmp.resolve("sitemap.xml"), """
                <urlset>
                <url><loc>https://test.example/over/</loc></url>
                <url><loc>https://test.example/verdwenen/</loc></url>
                <url><loc>https://test.example/praktijkvoorbeelden/brievenbus-oud/</loc></url>
                <url><loc>https://test.example/praktijkvoorbeelden/u-pas/</loc></url>
                </urlset>
                """);
        List<String> problems = check(sitemap); // sorted: the sitemap's path comes before content/
        assertEquals(2, problems.size(), problems::toString);
        assertEquals(
                "content/praktijkvoorbeelden/brievenbus.md:1:1 URL_GONE: Het adres /praktijkvoorbeelden/brievenbus-oud/ stond in de"
                        + " vorige sitemap, maar deze build heeft er geen pagina of doorverwijzing voor: wie het adres bewaard heeft, krijgt 'niet"
                        + " gevonden'. Is dit de hernoemde pagina? Zet dan in het kopblok: aliassen: [praktijkvoorbeelden/brievenbus-oud/].",
                problems.get(1).substring(0, problems.get(1).indexOf(" Is de pagina bewust")));
        assertEquals(
                sitemap
                        + ":3:11 URL_GONE: Het adres /verdwenen/ stond in de vorige sitemap, maar deze build heeft er geen pagina of"
                        + " doorverwijzing voor: wie het adres bewaard heeft, krijgt 'niet gevonden'. Is de pagina hernoemd? Zet dan in het kopblok"
                        + " van de nieuwe pagina: aliassen: [verdwenen/].",
                problems.get(0).substring(0, problems.get(0).indexOf(" Is de pagina bewust")));
    }

    private List<String> check(Path sitemap) throws Exception {
        BuildReport report = new SitePipeline(SearchStage.NONE)
                .check(new BuildOptions(
                        FixtureSites.golden(),
                        tmp.resolve("uit"),
                        Optional.empty(),
                        false,
                        1,
                        FixtureSites.TODAY,
                        Optional.of(sitemap)));
        return report.problems().stream()
                .filter(p -> p.code().code().startsWith("CONFIG_PREVIOUS")
                        || p.code().code().equals("URL_GONE"))
                .map(p -> p.path() + ":" + p.line() + ":" + p.column() + " "
                        + p.code().code() + ": " + p.message())
                .toList();
    }
}
