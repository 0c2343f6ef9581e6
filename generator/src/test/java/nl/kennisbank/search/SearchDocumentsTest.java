package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;

/** What the search stage indexes of the knowledge base: every page once, in URL order, with its facets. */
class SearchDocumentsTest {

    @Test
    void aChapterIsFilteredUnderItsGuidesSector() {
        List<SearchDocument> docs = ExampleSite.searchDocuments();
        int chapters = 0;
        for (SearchDocument d : docs) {
            if (d.type().equals("hoofdstuk")) {
                chapters++;
                String guide = d.id().replaceFirst("[^/]+/$", "");
                SearchDocument parent = docs.stream().filter(g -> g.id().equals(guide)).findFirst().orElseThrow();
                assertFalse(d.facets().get("sector").isEmpty(), d.id());
                assertEquals(parent.facets().get("sector"), d.facets().get("sector"), d.id());
            }
        }
        assertEquals(12, chapters);
    }

    @Test
    void documentsAreInUrlOrderSoOrdinalsAreStable() {
        List<String> ids = ExampleSite.searchDocuments().stream().map(SearchDocument::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
    }
}
