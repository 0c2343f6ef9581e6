package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @Test
    void twoBuildsOfTheSameInputAreByteIdenticalWhateverTheThreadCount(@TempDir Path tmp) throws Exception {
        Path first = tmp.resolve("een");
        Path second = tmp.resolve("twee");
        new SitePipeline(SearchStage.NONE)
                .build(new BuildOptions(FixtureSites.golden(), first, Optional.empty(), true, 1));
        new SitePipeline(SearchStage.NONE)
                .build(new BuildOptions(FixtureSites.golden(), second, Optional.empty(), true, 4));
        assertSameBytes(first, second);
    }

    /** The knowledge base itself, with the search stage: parallel indexing and MoreLikeThis must not leak order. */
    @Test
    void theKnowledgeBaseWithItsSearchIndexBuildsByteIdenticallyTwice() {
        Path other = ExampleSite.buildSource(ExampleSite.root(), freshFolder());
        assertSameBytes(ExampleSite.build(), other);
    }

    private static Path freshFolder() {
        try {
            return Files.createTempDirectory("kennisbank-determinisme-").resolve("site");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertSameBytes(Path first, Path second) {
        assertEquals(FixtureSites.files(first), FixtureSites.files(second));
        for (String file : FixtureSites.files(first)) {
            try {
                assertArrayEquals(
                        Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
