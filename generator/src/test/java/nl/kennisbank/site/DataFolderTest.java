package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.search.SearchStage;
import nl.kennisbank.site.search.Searches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site whose {@code data.folder} is not {@code data}: every stage reads it there and names it so in messages. */
class DataFolderTest {

    @TempDir
    Path tmp;

    private Path siteWithDataIn(String folder) throws Exception {
        Path site = tmp.resolve("site");
        FixtureSites.copyTree(FixtureSites.golden(), site);
        Files.move(site.resolve("data"), site.resolve(folder));
        Path properties = site.resolve("jbake.properties");
        Files.writeString(
                properties, Files.readString(properties) + "\ndata.folder=" + folder + "\n", StandardCharsets.UTF_8);
        FixtureSites.copyTree(
                ExampleSite.root().resolve("data/zoeken"), site.resolve(folder).resolve("zoeken"));
        return site;
    }

    private static BuildReport build(Path site, Path output) throws Exception {
        return new SitePipeline(Searches.forSite(site))
                .build(new BuildOptions(site, output, Optional.empty(), false, 2, FixtureSites.TODAY));
    }

    @Test
    void aMissingVocabularyFileIsNamedInTheFolderTheSiteUses() throws Exception {
        Path site = siteWithDataIn("gegevens");
        Files.delete(site.resolve("gegevens/pijlers.yml"));
        BuildReport report = build(site, tmp.resolve("uit"));
        assertFalse(report.succeeded());
        List<String> missing = report.problems().stream()
                .filter(p -> p.code().code().equals("VOCAB_FILE_MISSING"))
                .map(p -> p.path() + ": " + p.message())
                .toList();
        assertEquals(
                List.of(
                        "gegevens/pijlers.yml: Het bestand gegevens/pijlers.yml ontbreekt. Zet de lijst terug uit Git."),
                missing);
    }

    @Test
    void aKnowledgeBaseWithItsDataElsewhereStillGetsItsDutchSearch() throws Exception {
        Path site = siteWithDataIn("gegevens");
        assertNotSame(SearchStage.NONE, Searches.forSite(site), "the schema in gegevens/ makes it a knowledge base");
        Path output = tmp.resolve("uit");
        assertTrue(build(site, output).succeeded());
        assertTrue(Files.exists(output.resolve("zoeken/index/meta.json")), "the search index is written");
    }

    @Test
    void aSiteWithoutASchemaInItsDataFolderHasNoDutchSearch() throws Exception {
        Path site = siteWithDataIn("gegevens");
        Files.delete(site.resolve("gegevens/schema.yml"));
        assertSame(SearchStage.NONE, Searches.forSite(site));
    }
}
