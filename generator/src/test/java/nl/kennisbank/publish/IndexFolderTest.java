package nl.kennisbank.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFolderTest {

    @Test
    void theIndexIsWrittenIntoAFolderNamedAfterItsContentAndMetaJsonNamesIt(@TempDir Path site) throws Exception {
        String id = IndexFolder.write(site, index("{\"w\":{\"armoede\":[0]}}"), new WrittenFiles());
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
        String first = IndexFolder.write(tmp.resolve("a"), index("{\"w\":{\"armoede\":[0]}}"), new WrittenFiles());
        String again = IndexFolder.write(tmp.resolve("b"), index("{\"w\":{\"armoede\":[0]}}"), new WrittenFiles());
        String other = IndexFolder.write(tmp.resolve("c"), index("{\"w\":{\"armoede\":[1]}}"), new WrittenFiles());
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    /**
     * The id is computed from the bytes before they are written, and must be what it was when the index was read back
     * from disk: a hash of each file's path in the folder and its bytes, in path order. The hashes recorded for the
     * manifest must be those of the files as they lie on disk.
     */
    @Test
    void theIdAndTheRecordedHashesAreThoseOfTheFilesOnDisk(@TempDir Path site) throws Exception {
        Map<String, byte[]> files = index("{\"w\":{\"armoede\":[0]}}");
        files.put("doc/10.json", "{\"u\":\"b/\"}".getBytes(StandardCharsets.UTF_8));
        files.put("doc/9.json", "{\"u\":\"a/\"}".getBytes(StandardCharsets.UTF_8));
        files.put("volgorde/nieuw.json", "{\"w\":2,\"b\":\"\"}".getBytes(StandardCharsets.UTF_8));
        WrittenFiles written = new WrittenFiles();
        String id = IndexFolder.write(site, files, written);
        Path folder = site.resolve("zoeken/index").resolve(id);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path file : sortedFiles(folder)) {
            digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
            digest.update((byte) 0);
        }
        assertEquals(HexFormat.of().formatHex(digest.digest()).substring(0, 16), id);
        assertEquals(Manifest.of(site), Manifest.of(site, written), "recorded hashes are the files' hashes");
        for (Path file : sortedFiles(site)) {
            String rel = site.relativize(file).toString();
            assertEquals(ContentHash.of(file), written.sha256(rel, Files.size(file)), rel + " recorded");
        }
    }

    @Test
    void aSiteWithoutSearchIndexIsLeftAlone(@TempDir Path tmp) throws Exception {
        assertEquals("", IndexFolder.write(tmp, Map.of(), new WrittenFiles()));
        assertTrue(Files.notExists(tmp.resolve("zoeken")));
    }

    private static List<Path> sortedFiles(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .sorted((a, b) -> folder.relativize(a)
                            .toString()
                            .compareTo(folder.relativize(b).toString()))
                    .toList();
        }
    }

    private static Map<String, byte[]> index(String shard) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("lex/ar.json", shard.getBytes(StandardCharsets.UTF_8));
        files.put("facetten.json", "{}".getBytes(StandardCharsets.UTF_8));
        files.put("meta.json", "{\"versie\":\"1\",\"lex\":[\"ar\"]}".getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
