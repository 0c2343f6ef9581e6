package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The problems only a JBake-format site can have, each with its location, code and Dutch message: the blog fixture
 * with one file per mistake added.
 */
class JBakeProblemsTest {

    private static final Map<String, String> MISTAKES = Map.of(
            "content/zonder-type.md", "title=Zonder type\ndate=2024-01-01\n~~~~~~\nTekst.\n",
            "content/recept.md", "title=Recept\ntype=recept\nstatus=published\ndate=2024-01-01\n~~~~~~\nTekst.\n",
            "content/zonder-datum.md", "title=Zonder datum\ntype=post\nstatus=published\n~~~~~~\nTekst.\n",
            "content/datum.md", "title=Datum\ntype=post\nstatus=published\ndate=1 februari 2024\n~~~~~~\nTekst.\n",
            "content/script.md",
                    "title=Script\ntype=post\nstatus=published\ndate=2024-01-01\n~~~~~~\nTekst.\n\n<script>x()</script>\n",
            "content/boek.adoc", "= Boek\n\nTekst.\n",
            "data/kapot.yml", "a: [1, 2\n");

    @Test
    void eachJBakeMistakeIsALocatedProblemWithItsDutchMessage(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        FixtureSites.copyTree(ExampleSite.root().resolve("generator/src/test/resources/jbake-compat/blog/site"), site);
        for (var mistake : MISTAKES.entrySet()) {
            Files.createDirectories(site.resolve(mistake.getKey()).getParent());
            Files.writeString(site.resolve(mistake.getKey()), mistake.getValue(), StandardCharsets.UTF_8);
        }

        BuildReport report = new SitePipeline(SearchStage.NONE)
                .build(new BuildOptions(site, tmp.resolve("out"), Optional.empty(), false, 1, FixtureSites.TODAY));

        assertFalse(report.succeeded(), "a date that does not fit date.format is an error");
        List<String> ours = report.problems().stream()
                .filter(p -> MISTAKES.containsKey(p.path()))
                .map(JBakeProblemsTest::line)
                .toList();
        assertEquals(
                List.of(
                        "content/boek.adoc:1:1 JBAKE_ASCIIDOC: AsciiDoc wordt niet ondersteund: daarvoor is AsciidoctorJ met "
                                + "JRuby nodig (tientallen MB en een trage start). Zet de tekst om naar Markdown (.md) of HTML (.html) "
                                + "met dezelfde JBake-kop, of haal het bestand uit de contentmap.",
                        "content/datum.md:4:6 JBAKE_DATE_FORMAT: De datum '1 februari 2024' past niet bij "
                                + "date.format=yyyy-MM-dd in jbake.properties. Schrijf de datum in die vorm, of pas date.format (en "
                                + "voor maandnamen jvm.locale) aan.",
                        "content/recept.md:2:1 JBAKE_TYPE_UNKNOWN: Het documenttype 'recept' heeft geen template, dus het "
                                + "bestand wordt niet gepubliceerd (zoals bij JBake). Kies type=post of type=page, of voeg "
                                + "template.recept.file=… toe aan jbake.properties.",
                        "content/script.md:6:1 JBAKE_HTML_REMOVED: Uit deze pagina is het element <script> weggelaten, omdat "
                                + "het code kan uitvoeren of gegevens kan lekken. Gebruik gewone HTML-opmaak (koppen, alinea's, "
                                + "lijsten, tabellen, links, afbeeldingen).",
                        "content/zonder-datum.md:1:1 JBAKE_DATE_MISSING: De kop heeft geen date=. Zoals JBake neemt de "
                                + "generator dan de wijzigingstijd van het bestand, en die verandert bij elke kopie of checkout. Zet "
                                + "date=… in de kop, in de vorm van date.format (standaard JJJJ-MM-DD).",
                        "content/zonder-type.md:1:1 JBAKE_HEADER_INVALID: Dit bestand heeft geen geldige JBake-kop: type= of "
                                + "status= ontbreekt, en jbake.properties geeft geen default.type of default.status. Het wordt niet "
                                + "gepubliceerd (zoals bij JBake). Zet type=… en status=… in de kop, boven de regel ~~~~~~.",
                        "data/kapot.yml:2:1 JBAKE_DATA_INVALID: Dit bestand in de datamap is geen geldige YAML (expected ',' or ']',"
                                + " but got <stream end>); templates krijgen er via data.get(…) niets uit. Verbeter het bestand op deze plek."),
                ours);
    }

    private static String line(Problem p) {
        return p.path() + ":" + p.line() + ":" + p.column() + " " + p.code().code() + ": " + p.message();
    }
}
