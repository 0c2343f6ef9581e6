package nl.kennisbank.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import nl.kennisbank.problems.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview reads a content file again only when it changed, however the change was made. */
class KnownFilesTest {

    @Test
    void readsAgainOnlyAChangedFileEvenWhenSizeAndTimeStayTheSame(@TempDir Path tmp) throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Path a = Files.writeString(content.resolve("a.md"), "---\ntitel: A\n---\nTekst een.\n");
        Files.writeString(content.resolve("b.md"), "---\ntitel: B\n---\nTekst.\n");
        KnownFiles known = KnownFiles.remembering();
        ContentSources sources = new ContentSources(new StaticFileTypes(java.util.Set.of()), "~~~~~~", known);
        List<SourceFile> first = sources.walk(tmp, content, new Problems()).markdown();

        List<SourceFile> same = sources.walk(tmp, content, new Problems()).markdown();
        assertEquals(2, same.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    true,
                    first.get(i) == same.get(i),
                    "an unchanged file is not read again: " + same.get(i).path());
        }

        FileTime time = Files.getLastModifiedTime(a);
        Files.writeString(a, "---\ntitel: A\n---\nTekst twee\n"); // same size
        Files.setLastModifiedTime(a, time);
        known.changed(List.of("content/a.md"));
        List<SourceFile> named = sources.walk(tmp, content, new Problems()).markdown();
        assertEquals("---\ntitel: A\n---\nTekst twee\n", named.get(0).text(), "a file the watcher named is read again");
        assertEquals(true, first.get(1) == named.get(1), "the other file is still not read");

        Files.writeString(a, "---\ntitel: A\n---\nTekst drie, langer.\n");
        assertEquals(
                "---\ntitel: A\n---\nTekst drie, langer.\n",
                sources.walk(tmp, content, new Problems()).markdown().get(0).text(),
                "a file whose size or time changed is read again without being named");

        Files.delete(a);
        assertEquals(
                List.of("content/b.md"),
                sources.walk(tmp, content, new Problems()).markdown().stream()
                        .map(SourceFile::path)
                        .toList());
    }
}
