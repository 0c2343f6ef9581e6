package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;

/** What the search stage indexes of the knowledge base: every page once, in URL order, with its facets. */
class SearchDocumentsTest {

    @Test
    void aChapterIsFilteredUnderItsGuidesSector() throws java.io.IOException {
        List<SearchDocument> docs = ExampleSite.searchDocuments();
        int chapters = 0;
        for (SearchDocument d : docs) {
            if (d.type().equals("hoofdstuk")) {
                chapters++;
                String guide = d.id().replaceFirst("[^/]+/$", "");
                SearchDocument parent = docs.stream()
                        .filter(g -> g.id().equals(guide))
                        .findFirst()
                        .orElseThrow();
                assertFalse(d.facets().get("sector").isEmpty(), d.id());
                assertEquals(parent.facets().get("sector"), d.facets().get("sector"), d.id());
            }
        }
        assertEquals(chapterFiles(), chapters, "every chapter of the content is indexed");
    }

    /** The chapters in content/ (handreikingen/<guide>/NN-<slug>.md), counted from the files, not pinned. */
    private static long chapterFiles() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(ExampleSite.root().resolve("content/handreikingen"))) {
            return files.filter(f -> f.getFileName().toString().matches("\\d\\d-.+\\.md"))
                    .count();
        }
    }

    @Test
    void everyThemeSectorAndPillarIsADocumentWithItsDefinitionAndOtherWords() {
        List<SearchDocument> docs = ExampleSite.searchDocuments();
        SearchDocument theme = docs.stream()
                .filter(d -> d.id().equals("themas/kindpakket/"))
                .findFirst()
                .orElseThrow();
        assertEquals("thema", theme.type());
        assertEquals("Kindpakket", theme.title());
        assertTrue(theme.summary().contains("kindpas"), theme.summary());
        assertTrue(theme.body().contains("kindpas"), theme.body());
        assertEquals(List.of("thema"), theme.facets().get("type"));
        assertEquals("Thema", theme.facetLabels().get("type:thema"));
        assertTrue(docs.stream()
                .anyMatch(d -> d.id().equals("sectoren/jgz/") && d.type().equals("sector")));
        assertTrue(docs.stream()
                .anyMatch(d -> d.id().equals("pijlers/activeren/") && d.type().equals("pijler")));
    }

    @Test
    void documentsAreInUrlOrderSoOrdinalsAreStable() {
        List<String> ids =
                ExampleSite.searchDocuments().stream().map(SearchDocument::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
    }
}
