package nl.kennisbank.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.kennisbank.site.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** {@code ci/publish-build.sh}, the script both workflows call, run as CI runs it, on fixture sites. */
class PublishScriptTest {

    @Test
    void checkTurnsEachProblemIntoAGitHubAnnotationAndFails(@TempDir Path tmp) throws Exception {
        Path site = FixtureSites.invalidCase(FixtureSites.resources().resolve("invalid/aliases/site-files"), tmp);
        ScriptRun run =
                ScriptRun.publishBuild(tmp, Map.of("GITHUB_ACTIONS", "true", "SITE_SOURCE", site.toString()), "check");
        assertEquals(1, run.exit(), run::toString);
        assertTrue(
                run.out()
                        .contains(
                                "content/praktijkvoorbeelden/brievenbus.md:12:5: error [ALIAS_TAKEN]: Het oude adres /zoeken/"),
                run::toString);
        assertTrue(
                run.out()
                        .contains(
                                "::error file=" + site
                                        + "/content/praktijkvoorbeelden/brievenbus.md,line=12,col=5,title=ALIAS_TAKEN::Het oude adres /zoeken/ is van een pagina die de site zelf maakt."),
                run::toString);
        assertEquals(5, run.out().lines().filter(l -> l.startsWith("::error ")).count(), run::toString);
    }

    @Test
    void onGitLabTheProblemsBecomeACodeQualityReport(@TempDir Path tmp) throws Exception {
        Path site = FixtureSites.invalidCase(FixtureSites.resources().resolve("invalid/aliases/site-files"), tmp);
        Path report = tmp.resolve("gl-code-quality-report.json");
        ScriptRun run = ScriptRun.publishBuild(
                tmp,
                Map.of("GITLAB_CI", "true", "SITE_SOURCE", site.toString(), "CODEQUALITY_REPORT", report.toString()),
                "check");
        assertEquals(1, run.exit(), run::toString);
        List<?> issues = (List<?>)
                new Load(LoadSettings.builder().build()).loadFromString(Files.readString(report)); // JSON is YAML
        assertEquals(5, issues.size());
        Map<?, ?> first = (Map<?, ?>) issues.get(0);
        assertEquals("ALIAS_TAKEN", first.get("check_name"));
        assertEquals("major", first.get("severity"));
        assertEquals(
                Map.of("path", site + "/content/praktijkvoorbeelden/brievenbus.md", "lines", Map.of("begin", 11)),
                first.get("location"));
        assertTrue(((String) first.get("description"))
                .startsWith("Het oude adres /praktijkvoorbeelden/u-pas/ is nu het adres van"));
    }

    @Test
    void buildPublishesForTheBaseUrlAndShowsWhatChangedAgainstTheLiveSite(@TempDir Path tmp) throws Exception {
        Path live = tmp.resolve("live");
        ScriptRun first = ScriptRun.publishBuild(
                tmp,
                Map.of("SITE_SOURCE", FixtureSites.golden().toString()),
                "build",
                "https://owner.github.io/kennisbank",
                live.toString());
        assertEquals(0, first.exit(), first::toString);
        // What is live differs: one file changed, one that has since gone, and a page under its old address.
        Files.writeString(
                live.resolve("manifest.txt"),
                Files.readString(live.resolve("manifest.txt"))
                                .replaceFirst("[0-9a-f]{64}  index.html", "0".repeat(64) + "  index.html")
                        + "1".repeat(64) + "  weg/index.html\n");
        Files.writeString(
                live.resolve("sitemap.xml"),
                Files.readString(live.resolve("sitemap.xml"))
                        .replace("praktijkvoorbeelden/brievenbus/", "praktijkvoorbeelden/brievenbus-oud/"));
        Path output = tmp.resolve("public");
        ScriptRun run = ScriptRun.publishBuild(
                tmp,
                Map.of(
                        "SITE_SOURCE",
                        FixtureSites.golden().toString(),
                        "PREVIOUS_SITE",
                        live.toString(),
                        "GITHUB_ACTIONS",
                        "true"),
                "build",
                "https://owner.github.io/kennisbank/",
                output.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(
                run.out().contains("~ index.html\n- weg/index.html\n0 toegevoegd, 1 gewijzigd, 1 verwijderd."),
                run::toString);
        assertTrue(
                run.out()
                        .contains("::warning file=" + FixtureSites.golden()
                                + "/content/praktijkvoorbeelden/brievenbus.md,line=1,col=1,title=URL_GONE::"
                                + "Het adres /praktijkvoorbeelden/brievenbus-oud/ stond in de vorige sitemap"),
                run::toString);
        assertTrue(
                Files.readString(output.resolve("praktijkvoorbeelden/u-pas/index.html"))
                        .contains(
                                "<link rel=\"canonical\" href=\"https://owner.github.io/kennisbank/praktijkvoorbeelden/u-pas/\">"));
    }

    @Test
    void aBaseUrlThatIsNoWebAddressIsRefusedInDutch(@TempDir Path tmp) throws Exception {
        ScriptRun run = ScriptRun.publishBuild(tmp, Map.of(), "build", "owner.github.io/kennisbank");
        assertEquals(2, run.exit(), run::toString);
        assertTrue(
                run.err().contains("het basisadres 'owner.github.io/kennisbank' moet beginnen met https://"),
                run::toString);
    }

    @Test
    void withoutACommandTheScriptSaysHowToUseIt(@TempDir Path tmp) throws Exception {
        ScriptRun run = ScriptRun.publishBuild(tmp, Map.of(), "publiceer");
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("ci/publish-build.sh build URL [MAP]"), run::toString);
    }
}
