package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.kennisbank.config.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @Test
    void twoBuildsOfTheSameInputAreByteIdenticalWhateverTheThreadCount(@TempDir Path tmp) throws Exception {
        Path first = tmp.resolve("een");
        Path second = tmp.resolve("twee");
        new SitePipeline(SearchStage.NONE).build(new BuildOptions(FixtureSites.golden(), first, Optional.empty(), true, 1));
        new SitePipeline(SearchStage.NONE).build(new BuildOptions(FixtureSites.golden(), second, Optional.empty(), true, 4));
        assertEquals(FixtureSites.files(first), FixtureSites.files(second));
        for (String file : FixtureSites.files(first)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }
}
