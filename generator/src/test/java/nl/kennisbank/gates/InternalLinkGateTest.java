package nl.kennisbank.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;

/** Gate: every internal link, resource and anchor of the example site resolves. */
class InternalLinkGateTest {

    static final Path BROKEN_SITE = Path.of("src/test/resources/gates/broken/broken-anchor");

    @Test
    void everyInternalLinkAndAnchorResolves() {
        Path site = ExampleSite.build();
        int pages = SiteFiles.endingWith(site, ".html").size();
        long start = System.nanoTime();
        List<GateFinding> findings = new LinkChecker(site).checkSite();
        System.out.printf(
                "Internal links: %d pages checked in %d ms%n", pages, (System.nanoTime() - start) / 1_000_000);
        assertTrue(pages > 90, "all pages are checked: " + pages);
        assertTrue(findings.isEmpty(), GateFinding.report("broken internal links", findings));
    }

    @Test
    void brokenAnchorAndMissingPageFailWithPageAndLine() {
        List<GateFinding> findings = new LinkChecker(BROKEN_SITE).checkSite();
        assertEquals(
                List.of(
                        new GateFinding(
                                "index.html", 13, "<a href=\"andere.html#anker\">: no id \"anker\" in andere.html"),
                        new GateFinding("index.html", 14, "<a href=\"ontbreekt.html\">: no such page ontbreekt.html")),
                findings,
                GateFinding.report("broken internal links", findings));
    }

    @Test
    void aFolderLinkResolvesToItsIndexPage() {
        Path site = ExampleSite.build();
        List<GateFinding> findings = new LinkChecker(site).check(site.resolve("themas/index.html"));
        assertEquals(List.of(), findings);
    }
}
