package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.kennisbank.publish.Manifest;
import nl.kennisbank.publish.OutputFolder;
import org.junit.jupiter.api.Test;

/**
 * A build's manifest is made from the hashes its writers recorded while writing (pages, search index, static files);
 * it must hold what {@code sha256sum -c manifest.txt} checks: every file of the built site with the SHA-256 of its
 * bytes on disk. A writer that records other bytes than it writes, or a path other than the file's, fails here.
 */
class WrittenManifestTest {

    @Test
    void theManifestOfABuildIsWhatReadingEveryFileBackGives() throws Exception {
        Path site = ExampleSite.build();
        assertEquals(Manifest.of(site, OutputFolder.MARKER), Manifest.read(site.resolve(Manifest.FILE)));
    }
}
