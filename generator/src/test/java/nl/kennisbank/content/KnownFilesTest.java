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

    /**
     * With the watcher naming every change, a walk looks only at the named paths, yet finds what a walk of all of
     * content/ finds: the same Markdown, static files and problems, after new, changed, deleted, refused, hidden and
     * dangling files, and a folder named like a Markdown file.
     */
    @Test
    void aWalkOfTheNamedPathsFindsWhatAWholeWalkFinds(@TempDir Path tmp) throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/praktijk"));
        content = tmp.resolve("content");
        Files.writeString(content.resolve("a.md"), "---\ntitel: A\n---\nTekst.\n");
        Files.writeString(content.resolve("praktijk/b.md"), "---\ntitel: B\n---\nTekst.\n");
        Files.writeString(content.resolve("plaatje.png"), "png");
        KnownFiles known = KnownFiles.remembering();
        ContentSources watched = new ContentSources(new StaticFileTypes(java.util.Set.of()), "~~~~~~", known);
        known.watched(List.of());
        assertSameAsAWholeWalk(watched, tmp, "first walk");

        java.util.function.Consumer<String[]> saw = paths -> known.watched(List.of(paths));
        Files.writeString(content.resolve("a.md"), "---\ntitel: A\n---\nAnders.\n");
        Files.writeString(content.resolve("praktijk/c.md"), "---\ntitel: C\n---\nNieuw.\n");
        saw.accept(new String[] {"content/a.md", "content/praktijk/c.md"});
        assertEquals(
                "---\ntitel: A\n---\nAnders.\n",
                assertSameAsAWholeWalk(watched, tmp, "changed and new").get(0).text());

        Files.writeString(content.resolve("a.md~"), "oud");
        Files.writeString(content.resolve(".a.md.swp"), "vim");
        Files.writeString(content.resolve("script.js"), "alert(1)");
        Files.writeString(content.resolve("praktijk/lijst.csv"), "a,b");
        Files.createSymbolicLink(content.resolve("weg.md"), tmp.resolve("bestaat-niet.md"));
        saw.accept(new String[] {
            "content/a.md~", "content/.a.md.swp", "content/script.js", "content/praktijk/lijst.csv", "content/weg.md"
        });
        assertSameAsAWholeWalk(watched, tmp, "refused, hidden, static and dangling files");

        Files.delete(content.resolve("praktijk/b.md"));
        Files.delete(content.resolve("weg.md"));
        Files.delete(content.resolve("a.md~"));
        saw.accept(new String[] {"content/praktijk/b.md", "content/weg.md", "content/a.md~"});
        assertSameAsAWholeWalk(watched, tmp, "deleted files");

        Files.createDirectories(content.resolve("map.md"));
        Files.writeString(content.resolve("map.md/d.md"), "---\ntitel: D\n---\nIn een map.\n");
        saw.accept(new String[] {"content/map.md"});
        assertSameAsAWholeWalk(watched, tmp, "a folder named like a Markdown file");

        Files.delete(content.resolve("map.md/d.md"));
        Files.delete(content.resolve("map.md"));
        saw.accept(new String[] {"content/map.md"});
        assertSameAsAWholeWalk(watched, tmp, "that folder deleted");
        assertSameAsAWholeWalk(watched, tmp, "nothing changed");
    }

    /** Walks with the watched memory and from scratch, asserts both found the same, returns the Markdown found. */
    private static List<SourceFile> assertSameAsAWholeWalk(ContentSources watched, Path source, String what)
            throws Exception {
        Problems seen = new Problems();
        ContentSources.Found found = watched.walk(source, source.resolve("content"), seen);
        Problems fresh = new Problems();
        ContentSources.Found expected = new ContentSources(new StaticFileTypes(java.util.Set.of()), "~~~~~~")
                .walk(source, source.resolve("content"), fresh);
        assertEquals(expected.markdown(), found.markdown(), what + ": Markdown");
        assertEquals(expected.staticFiles(), found.staticFiles(), what + ": static files");
        assertEquals(fresh.sorted(), seen.sorted(), what + ": problems");
        return found.markdown();
    }
}
