package nl.kennisbank.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Gate: every page of the example site is valid HTML according to the Nu Html Checker (errors only). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityGateTest {

    static final Path BROKEN = Path.of("src/test/resources/gates/broken");

    /** One checker for the whole class: loading the schema is the slow part. */
    private final HtmlChecker checker;

    private final long setUpMillis;

    HtmlValidityGateTest() {
        long start = System.nanoTime();
        checker = new HtmlChecker();
        setUpMillis = (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void everyPageIsValidHtml() {
        Path site = ExampleSite.build();
        int pages = SiteFiles.endingWith(site, ".html").size();
        long start = System.nanoTime();
        List<GateFinding> findings = checker.checkSite(site);
        System.out.printf(
                "HTML validity: %d pages checked in %d ms (checker set up once in %d ms)%n",
                pages, (System.nanoTime() - start) / 1_000_000, setUpMillis);
        assertTrue(pages > 90, "all pages are checked: " + pages);
        assertTrue(findings.isEmpty(), GateFinding.report("HTML errors", findings));
    }

    @Test
    void brokenPageFailsWithPageAndLine() {
        List<GateFinding> findings = checker.check(BROKEN, BROKEN.resolve("invalid-nesting.html"));
        assertEquals(1, findings.size(), GateFinding.report("HTML errors", findings));
        GateFinding finding = findings.getFirst();
        assertEquals("invalid-nesting.html", finding.page());
        assertEquals(11, finding.line());
        assertEquals(
                "Element “p” not allowed as child of element “ul” in this context. (Suppressing further errors from this subtree.)",
                finding.message());
    }

    @Test
    void checkerIsReusedAndForgetsThePreviousPage() {
        checker.check(BROKEN, BROKEN.resolve("invalid-nesting.html"));
        Path home = ExampleSite.build().resolve("index.html");
        assertEquals(List.of(), checker.check(ExampleSite.build(), home));
    }
}
