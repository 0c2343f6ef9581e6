package nl.kennisbank.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @Test
    void theManifestListsEveryFileWithItsSha256InSha256sumFormat(@TempDir Path site) throws Exception {
        write(site, "index.html", "home");
        write(site, "css/site.1234567890.css", "p {}");
        write(site, ".kennisbank-site", "marker");
        Manifest.of(site, ".kennisbank-site").write(site);
        assertEquals(
                """
                48d24394dd48cb69a7b7b0ce8d02320dbd8b404e8ee4f422499a2671dcdac10e  css/site.1234567890.css
                4ea140588150773ce3aace786aeef7f4049ce100fa649c94fbbddb960f1da942  index.html
                """,
                Files.readString(site.resolve("manifest.txt")),
                "what sha256sum prints, the marker and the manifest left out");
        assertEquals(
                Manifest.of(site, ".kennisbank-site"),
                Manifest.read(site.resolve("manifest.txt")),
                "read back as written");
    }

    @Test
    void recordedHashesAreUsedAndAFileNobodyRecordedOrWroteOverIsRead(@TempDir Path site) throws Exception {
        WrittenFiles written = new WrittenFiles();
        written.write(Files.createDirectories(site), "index.html", "home".getBytes(StandardCharsets.UTF_8));
        write(site, "robots.txt", "User-agent: *\n"); // nobody recorded it
        written.write(site, "site.css", "p {}".getBytes(StandardCharsets.UTF_8));
        write(site, "site.css", "p { color: red }"); // written over by a writer that did not record
        assertEquals(Manifest.of(site), Manifest.of(site, written), "the same as reading every file");

        written.record("index.html", "noot".getBytes(StandardCharsets.UTF_8)); // same size, other bytes: trusted
        assertEquals(
                ContentHash.of("noot".getBytes(StandardCharsets.UTF_8)),
                Manifest.of(site, written).files().get("index.html"),
                "a recorded hash is not checked against the file: the writers must record what they write");
    }

    @Test
    void theDiffListsAddedChangedAndRemovedFiles(@TempDir Path tmp) throws Exception {
        Path old = tmp.resolve("oud");
        Path now = tmp.resolve("nieuw");
        write(old, "index.html", "home");
        write(old, "weg/index.html", "weg");
        write(old, "css/site.css", "p {}");
        write(now, "index.html", "home, nieuw");
        write(now, "nieuw/index.html", "nieuw");
        write(now, "css/site.css", "p {}");
        ManifestDiff diff = ManifestDiff.between(Manifest.of(old), Manifest.of(now));
        assertEquals(
                List.of(
                        "+ nieuw/index.html",
                        "~ index.html",
                        "- weg/index.html",
                        "1 toegevoegd, 1 gewijzigd, 1 verwijderd."),
                diff.lines());
    }

    @Test
    void aFileThatIsNoManifestIsRefusedWithItsLine(@TempDir Path tmp) throws Exception {
        Path file = write(tmp, "manifest.txt", ContentHash.of(new byte[0]) + "  leeg.txt\n<urlset>\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Manifest.read(file));
        assertTrue(e.getMessage().contains("manifest.txt:2:1: dit is geen regel van een manifest"), e.getMessage());
    }

    private static Path write(Path root, String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
