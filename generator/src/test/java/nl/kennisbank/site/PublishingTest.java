package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishingTest {

    @Test
    void aFailingBuildLeavesThePreviousSiteUntouched(@TempDir Path tmp) throws Exception {
        Path source = tmp.resolve("bron");
        FixtureSites.copyTree(FixtureSites.golden(), source);
        Path output = tmp.resolve("site");
        assertTrue(build(source, output).succeeded());
        String before = Files.readString(output.resolve("praktijkvoorbeelden/u-pas/index.html"));

        Files.writeString(source.resolve("content/praktijkvoorbeelden/u-pas.md"), "---\ntitel: [kapot\n---\n");
        BuildReport failed = build(source, output);

        assertFalse(failed.succeeded());
        assertEquals(before, Files.readString(output.resolve("praktijkvoorbeelden/u-pas/index.html")));
        assertNoLeftovers(tmp);
    }

    @Test
    void aTemplateErrorAfterRenderingStartedAlsoLeavesThePreviousSiteUntouched(@TempDir Path tmp) throws Exception {
        Path source = tmp.resolve("bron");
        FixtureSites.copyTree(FixtureSites.golden(), source);
        Path output = tmp.resolve("site");
        assertTrue(build(source, output).succeeded());
        Files.writeString(source.resolve("templates/hoofdstuk.ftlh"), "${content.geenVeld.nergens}");

        assertFalse(build(source, output).succeeded());
        assertTrue(Files.exists(output.resolve("handreikingen/onderwijs/signaleren/index.html")));
        assertTrue(Files.readString(output.resolve("handreikingen/onderwijs/signaleren/index.html"))
                .contains("<h1>Armoede herkennen</h1>"));
        assertNoLeftovers(tmp);
    }

    @Test
    void aSuccessfulBuildReplacesTheWholeSite(@TempDir Path tmp) throws Exception {
        Path output = tmp.resolve("site");
        assertTrue(build(FixtureSites.golden(), output).succeeded());
        Files.writeString(output.resolve("oud-bestand.html"), "weg ermee");
        assertTrue(build(FixtureSites.golden(), output).succeeded());
        assertFalse(Files.exists(output.resolve("oud-bestand.html")));
        assertNoLeftovers(tmp);
    }

    @Test
    void replacingTheSiteRemovesALinkInItButNeverWhatItPointsTo(@TempDir Path tmp) throws Exception {
        Path output = tmp.resolve("site");
        Path elsewhere = Files.createDirectories(tmp.resolve("elders"));
        Files.writeString(elsewhere.resolve("bewaren.txt"), "blijft staan");
        assertTrue(build(FixtureSites.golden(), output).succeeded());
        Files.createSymbolicLink(output.resolve("koppeling"), elsewhere);

        assertTrue(build(FixtureSites.golden(), output).succeeded());

        assertFalse(Files.exists(output.resolve("koppeling"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals("blijft staan", Files.readString(elsewhere.resolve("bewaren.txt")));
    }

    @Test
    void refusesAnOutputThatHoldsTheSource(@TempDir Path tmp) {
        Path source = tmp.resolve("bron");
        FixtureSites.copyTree(FixtureSites.golden(), source);
        assertThrows(IllegalStateException.class, () -> build(source, tmp));
        assertThrows(IllegalStateException.class, () -> build(source, source));
        assertTrue(Files.exists(source.resolve("content/over.md")));
    }

    private static BuildReport build(Path source, Path output) throws Exception {
        return new SitePipeline(SearchStage.NONE).build(new BuildOptions(source, output, Optional.empty(), false, 2));
    }

    private static void assertNoLeftovers(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            assertEquals(
                    0,
                    list.filter(p -> p.getFileName().toString().startsWith(".site."))
                            .count(),
                    "staging folders left behind");
        }
    }
}
