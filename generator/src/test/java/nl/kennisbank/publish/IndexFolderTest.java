package nl.kennisbank.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFolderTest {

    @Test
    void theIndexMovesIntoAFolderNamedAfterItsContentAndMetaJsonNamesIt(@TempDir Path tmp) throws Exception {
        Path site = index(tmp.resolve("a"), "{\"w\":{\"armoede\":[0]}}");
        String id = IndexFolder.seal(site);
        assertTrue(id.matches("[0-9a-f]{16}"), id);
        Path index = site.resolve("zoeken/index");
        assertTrue(Files.isRegularFile(index.resolve(id).resolve("lex/ar.json")));
        assertTrue(Files.isRegularFile(index.resolve(id).resolve("facetten.json")));
        assertTrue(Files.notExists(index.resolve("lex")));
        assertEquals(
                "{\"map\":\"" + id + "/\",\"versie\":\"1\",\"lex\":[\"ar\"]}\n",
                Files.readString(index.resolve("meta.json")));
    }

    @Test
    void theSameIndexGetsTheSameIdAndAnotherIndexAnotherOne(@TempDir Path tmp) throws Exception {
        String first = IndexFolder.seal(index(tmp.resolve("a"), "{\"w\":{\"armoede\":[0]}}"));
        String again = IndexFolder.seal(index(tmp.resolve("b"), "{\"w\":{\"armoede\":[0]}}"));
        String other = IndexFolder.seal(index(tmp.resolve("c"), "{\"w\":{\"armoede\":[1]}}"));
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void aSiteWithoutSearchIndexIsLeftAlone(@TempDir Path tmp) throws Exception {
        assertEquals("", IndexFolder.seal(tmp));
    }

    private static Path index(Path site, String shard) throws Exception {
        Path index = Files.createDirectories(site.resolve("zoeken/index/lex"));
        Files.writeString(index.resolve("ar.json"), shard, StandardCharsets.UTF_8);
        Files.writeString(index.resolveSibling("facetten.json"), "{}", StandardCharsets.UTF_8);
        Files.writeString(
                index.resolveSibling("meta.json"), "{\"versie\":\"1\",\"lex\":[\"ar\"]}", StandardCharsets.UTF_8);
        return site;
    }
}
