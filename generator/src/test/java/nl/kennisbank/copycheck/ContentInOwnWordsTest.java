package nl.kennisbank.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge base uses its sources' facts, never their sentences: no content file shares a run of eight or more
 * words with a source, nor a sentence that takes 80 % or more of its words from one source sentence.
 */
class ContentInOwnWordsTest {

    @Test
    void noContentFileRepeatsItsSources() throws IOException {
        Path root = ExampleSite.root();
        Optional<Path> sources = SourceOverlap.findSources(root);
        if (sources.isEmpty()) {
            System.out.println("ContentInOwnWordsTest: no shared/sources folder in " + root
                    + " or a parent folder (nor -Dkennisbank.sources); the copy check is skipped.");
        }
        assumeTrue(sources.isPresent(), "no shared/sources folder beside " + root + "; copy check skipped");
        List<SourceOverlap.Hit> hits = SourceOverlap.of(sources.get()).check(root);
        String report = hits.stream().map(SourceOverlap.Hit::format).collect(Collectors.joining("\n"));
        if (!hits.isEmpty()) {
            System.out.println(report);
        }
        assertTrue(
                hits.isEmpty(),
                hits.size() + " plek(ken) herhalen een bron uit " + sources.get()
                        + ". Schrijf ze in eigen woorden, of markeer een echt citaat (> of <q>) met zijn bron:\n"
                        + report);
    }

    @Test
    void findsACopiedRunAndACloseRewriteButNotQuotationsOrSourceTitles(@TempDir Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("shared/sources"));
        Files.writeString(
                sources.resolve("bron.txt"),
                "Gemeenten hebben een sleutelrol bij de bestrijding van kinderarmoede in hun stad.\n"
                        + "De brievenbus staat in alle bibliotheken van de stad Almere.\n");
        Path project = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(project.resolve("content"));
        Files.writeString(
                project.resolve("content/pagina.md"),
                String.join(
                        "\n",
                        "---",
                        "titel: Gemeenten hebben een sleutelrol bij de bestrijding van kinderarmoede",
                        "bronnen:",
                        "  - titel: De brievenbus staat in alle bibliotheken van de stad",
                        "---",
                        "Wij zeggen: gemeenten hebben een sleutelrol bij de bestrijding van kinderarmoede, vinden wij.",
                        "",
                        "De brievenbus staat in alle bibliotheken van Almere, de stad.",
                        "",
                        "> Gemeenten hebben een sleutelrol bij de bestrijding van kinderarmoede in hun stad.",
                        "",
                        "Zo zegt de bron: <q>gemeenten hebben een sleutelrol bij de bestrijding van kinderarmoede</q>.",
                        "",
                        "Het boek De brievenbus staat in alle bibliotheken van de stad is een titel.",
                        ""));

        assertEquals(Optional.of(sources), SourceOverlap.findSources(project));
        List<SourceOverlap.Hit> hits = SourceOverlap.of(sources).check(project);

        assertEquals(
                List.of("content/pagina.md:6", "content/pagina.md:8"),
                hits.stream().map(h -> h.file() + ":" + h.line()).toList(),
                hits.toString());
        assertTrue(
                hits.get(0).format().contains("9 woorden achter elkaar gelijk met bron.txt"),
                hits.get(0).format());
        assertTrue(
                hits.get(1).format().contains("zin deelt 100 % van zijn woorden met bron.txt"),
                hits.get(1).format());
    }
}
