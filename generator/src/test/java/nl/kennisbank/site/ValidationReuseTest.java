package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.problems.Problem;
import org.junit.jupiter.api.Test;

class ValidationReuseTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final Supplier<List<Problem>> check = () -> {
        runs.incrementAndGet();
        return List.of();
    };

    @Test
    void thePreviewRunsTheSiteWideChecksAgainOnlyWhenWhatTheyReadChanged() {
        ValidationReuse reuse = ValidationReuse.remembering();
        Document practice = practice("u-pas", "praktijkvoorbeelden/u-pas/");
        List<Object> files = List.of(List.of("content/praktijkvoorbeelden/u-pas.md"), false);

        reuse.siteChecks(List.of(practice), files, check);
        reuse.siteChecks(List.of(practice), files, check);
        // a saved text gives a new document with the same path, URL, slug and references: still nothing to check
        reuse.siteChecks(List.of(practice("u-pas", "praktijkvoorbeelden/u-pas/")), files, check);
        assertEquals(1, runs.get());

        reuse.siteChecks(List.of(practice("u-pas", "praktijkvoorbeelden/andere-url/")), files, check);
        assertEquals(2, runs.get(), "a changed URL is checked again");
        reuse.siteChecks(
                List.of(practice("u-pas", "praktijkvoorbeelden/andere-url/")), List.of(List.of(), false), check);
        assertEquals(3, runs.get(), "a changed file list is checked again");
        reuse.forget();
        reuse.siteChecks(
                List.of(practice("u-pas", "praktijkvoorbeelden/andere-url/")), List.of(List.of(), false), check);
        assertEquals(4, runs.get(), "after forget() nothing is taken over");
    }

    @Test
    void aBuildRunsTheSiteWideChecksEveryTime() {
        ValidationReuse reuse = ValidationReuse.none();
        Document practice = practice("u-pas", "praktijkvoorbeelden/u-pas/");
        reuse.siteChecks(List.of(practice), List.of(), check);
        reuse.siteChecks(List.of(practice), List.of(), check);
        assertEquals(2, runs.get());
    }

    private static Document practice(String slug, String url) {
        return Document.typed(
                DocumentKind.PRAKTIJKVOORBEELD,
                "content/praktijkvoorbeelden/" + slug + ".md",
                "praktijkvoorbeelden/" + slug + ".md",
                slug,
                url,
                Map.of("titel", "U-pas"),
                "Tekst.",
                5,
                List.of(),
                null,
                0,
                false);
    }
}
