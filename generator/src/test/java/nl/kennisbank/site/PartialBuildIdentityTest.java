package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview that has rebuilt only what a save touched holds, byte for byte, the site a preview built from scratch
 * on the same input holds: after a text edit (pages taken over), a title edit, a chapter edit (its guide's print
 * page), a new heading, front-matter edits (facets, a municipality with no page yet, the date: other years'
 * overviews), a renamed practice with the link to it, a new practice and its deletion. Each save runs as the preview
 * runs it: the changed documents' own pages first, then the listings. Related practices here come from a stage that reads only the
 * front matter, so after an edit they are final at once; after a new or deleted practice they change, and are compared
 * once the step the preview runs in the background has applied them.
 */
class PartialBuildIdentityTest {

    /** Each practice is related to the next two practices by URL: enough to show related cards on every practice page. */
    private static final SearchStage RELATED_BY_URL = new SearchStage() {
        @Override
        public Map<String, List<String>> related(Input input) {
            List<String> urls = input.site().published().stream()
                    .filter(d -> d.kind() == DocumentKind.PRAKTIJKVOORBEELD)
                    .map(Document::url)
                    .sorted()
                    .toList();
            Map<String, List<String>> related = new TreeMap<>();
            for (int i = 0; i < urls.size(); i++) {
                related.put(urls.get(i), List.of(urls.get((i + 1) % urls.size()), urls.get((i + 2) % urls.size())));
            }
            return related;
        }

        @Override
        public String index(Path siteFolder, nl.kennisbank.publish.WrittenFiles written) {
            return ""; // no search index: the background refresh is not part of this comparison
        }
    };

    private static final String PRACTICE = "content/praktijkvoorbeelden/budgetcoach-op-school.md";
    private static final String CHAPTER = "content/handreikingen/onderwijs/02-het-gesprek.md";

    @Test
    void aPartialBuildWritesTheSameBytesAsABuildFromScratch(@TempDir Path tmp) throws Exception {
        Path source = ExampleSite.copySource(tmp.resolve("bron"));
        SitePipeline pipeline = new SitePipeline(RELATED_BY_URL);
        BuildMemory memory = BuildMemory.forPreview();
        BuildOptions live = options(source, tmp.resolve("voorbeeld"));
        assertTrue(pipeline.preview(live, memory, java.util.Set.of()).succeeded());

        FixtureSites.edit(
                source, PRACTICE, text -> text.replaceFirst("\n---\n", "\n---\n\nEen nieuwe eerste alinea.\n\n"));
        assertSameAsFromScratch(pipeline, memory, live, source, tmp, "text edit", 1, Save.FEW_PAGES, PRACTICE);

        FixtureSites.edit(
                source,
                PRACTICE,
                text -> text.replace(
                        "titel: Budgetcoach geeft voorlichting op scholen", "titel: Budgetcoach op school"));
        assertSameAsFromScratch(pipeline, memory, live, source, tmp, "title edit", 2, Save.LISTINGS, PRACTICE);

        FixtureSites.edit(source, CHAPTER, text -> text + "\nEen zin die ook in de printversie moet staan.\n");
        assertSameAsFromScratch(pipeline, memory, live, source, tmp, "chapter edit", 3, Save.FEW_PAGES, CHAPTER);

        FixtureSites.edit(source, "content/over.md", text -> text + "\n## Een nieuw kopje\n\nMet tekst.\n");
        assertSameAsFromScratch(
                pipeline, memory, live, source, tmp, "new heading", 4, Save.FEW_PAGES, "content/over.md");

        FixtureSites.edit(
                source,
                PRACTICE,
                text -> text.replace("themas: [schulden, onderwijskansen]", "themas: [schulden, gezondheid]")
                        .replace("sectoren: [onderwijs, sociaal-domein]", "sectoren: [onderwijs]"));
        assertSameAsFromScratch(pipeline, memory, live, source, tmp, "facets edit", 5, Save.LISTINGS, PRACTICE);

        FixtureSites.edit(
                source,
                PRACTICE,
                text -> text.replace("pijlers: [activeren]\n", "pijlers: [activeren]\ngemeenten: [Zwolle]\n"));
        assertSameAsFromScratch(pipeline, memory, live, source, tmp, "new municipality", 6, Save.LISTINGS, PRACTICE);

        FixtureSites.edit(source, PRACTICE, text -> text.replace("datum: 2026-10-12", "datum: 2023-05-01"));
        assertSameAsFromScratch(pipeline, memory, live, source, tmp, "date edit", 7, Save.LISTINGS, PRACTICE);

        String before = "content/praktijkvoorbeelden/als-ik-later-groot-ben-almere.md";
        String after = "content/praktijkvoorbeelden/als-ik-later-almere.md";
        String referrer = "content/praktijkvoorbeelden/de-geweldige-wijk-meppel.md";
        Files.move(source.resolve(before), source.resolve(after));
        FixtureSites.edit(
                source, referrer, text -> text.replace("[als-ik-later-groot-ben-almere]", "[als-ik-later-almere]"));
        assertSameAsFromScratch(
                pipeline, memory, live, source, tmp, "renamed", 8, Save.COLLECTION, before, after, referrer);

        String added = "content/praktijkvoorbeelden/nieuw-voorbeeld.md";
        Files.writeString(
                source.resolve(added),
                Files.readString(source.resolve(PRACTICE))
                        .replace("titel: Budgetcoach op school", "titel: Een nieuw voorbeeld"));
        assertSameAsFromScratch(pipeline, memory, live, source, tmp, "added", 9, Save.COLLECTION, added);

        Files.delete(source.resolve(added));
        assertSameAsFromScratch(pipeline, memory, live, source, tmp, "deleted", 10, Save.COLLECTION, added);
    }

    /** What a save changes: a few pages, the listings too, or the collection (so related practices follow). */
    private enum Save {
        FEW_PAGES,
        LISTINGS,
        COLLECTION
    }

    private static void assertSameAsFromScratch(
            SitePipeline pipeline,
            BuildMemory memory,
            BuildOptions live,
            Path source,
            Path tmp,
            String what,
            int step,
            Save save,
            String... changed)
            throws Exception {
        memory.watched(Arrays.asList(changed)); // as the preview does: only these paths of content/ are looked at
        Map<String, byte[]> shown = new TreeMap<>();
        BuildReport partial = pipeline.preview(live, memory, java.util.Set.of(), () -> {
            try {
                shown.putAll(files(live.output()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(partial.succeeded(), what + ": " + partial.problems());
        Map<String, byte[]> built = files(live.output());
        if (save == Save.COLLECTION) { // a new, renamed or deleted practice changes the related practices: they
            // follow as the background step applies them
            SearchRefresh refresh = pipeline.prepareSearchRefresh(memory, live.output());
            assertTrue(
                    refresh != null
                            && pipeline.applySearchRefresh(live, memory, refresh)
                                    .succeeded(),
                    what + ": related practices refreshed");
        }
        Path scratch = tmp.resolve("vers-" + step);
        assertTrue(pipeline.preview(options(source, scratch), BuildMemory.forPreview(), java.util.Set.of())
                .succeeded());
        Map<String, byte[]> expected = files(scratch);
        Map<String, byte[]> actual = files(live.output());
        assertEquals(expected.keySet(), actual.keySet(), what + ": the same files");
        List<String> differ = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, actual.get(path))) {
                differ.add(path);
            }
        });
        assertEquals(List.of(), differ, what + ": files whose bytes differ from a build from scratch");
        if (save != Save.FEW_PAGES) { // the changed practices' pages were shown first, as the build left them
            assertTrue(!shown.isEmpty(), what + ": the changed pages were shown before the listings");
            for (String file : changed) {
                String page = file.replaceFirst("^content/(praktijkvoorbeelden/.+)\\.md$", "$1/index.html");
                assertTrue(
                        Arrays.equals(built.get(page), shown.get(page)),
                        what + ": " + page + " shown first as the build left it");
            }
        }
        assertTrue(
                partial.pagesWritten() < expected.size() / 2 || save != Save.FEW_PAGES,
                what + ": a partial build renders only what the save touched, not " + partial.pagesWritten()
                        + " pages");
    }

    private static BuildOptions options(Path source, Path output) {
        return new BuildOptions(source, output, Optional.empty(), true, 2, FixtureSites.TODAY);
    }

    /** Every file of a site by relative path, without the manifest (a partial build does not write one: the preview never publishes). */
    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                if (!rel.equals("manifest.txt")) {
                    files.put(rel, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }
}
