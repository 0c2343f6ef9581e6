package nl.kennisbank.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrittenFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aCopiedFileIsRecordedWithTheHashOfTheBytesOnDisk() throws Exception {
        byte[] bytes = new byte[3 * 65_536 + 17]; // more than one buffer of the stream
        new Random(7).nextBytes(bytes);
        Path from = Files.write(tmp.resolve("folder.pdf"), bytes);
        Path site = Files.createDirectories(tmp.resolve("site"));
        WrittenFiles written = new WrittenFiles();

        written.copy(from, site, "folder.pdf", StandardOpenOption.CREATE_NEW);

        assertArrayEquals(bytes, Files.readAllBytes(site.resolve("folder.pdf")));
        assertEquals(ContentHash.of(bytes), written.sha256("folder.pdf", bytes.length));
        assertEquals(ContentHash.of(bytes), ContentHash.of(site.resolve("folder.pdf")));
        assertNull(written.sha256("folder.pdf", bytes.length + 1), "another size on disk is read again");
    }

    @Test
    void aCopyNeverWritesOverAFileAlreadyThere() throws Exception {
        Path from = Files.writeString(tmp.resolve("a.txt"), "nieuw");
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("a.txt"), "al geschreven");
        WrittenFiles written = new WrittenFiles();

        assertThrows(
                FileAlreadyExistsException.class,
                () -> written.copy(from, site, "a.txt", StandardOpenOption.CREATE_NEW));
        assertEquals("al geschreven", Files.readString(site.resolve("a.txt")));
        assertNull(written.sha256("a.txt", 13), "nothing recorded for a copy that did not happen");
    }
}
