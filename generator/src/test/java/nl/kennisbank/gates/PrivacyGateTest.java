package nl.kennisbank.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;

/**
 * Gate: the example site loads nothing from another host — a strict Content-Security-Policy on every page, no
 * element, inline style or style sheet referring to another host, and no inline script.
 */
class PrivacyGateTest {

    static final Path BROKEN = Path.of("src/test/resources/gates/broken");

    private final PrivacyScanner fixtures = new PrivacyScanner(BROKEN);

    @Test
    void noPageLoadsAnythingFromAnotherHost() {
        Path site = ExampleSite.build();
        int pages = SiteFiles.endingWith(site, ".html").size();
        int styleSheets = SiteFiles.endingWith(site, ".css").size();
        long start = System.nanoTime();
        List<GateFinding> findings = new PrivacyScanner(site).scanSite();
        System.out.printf(
                "Privacy: %d pages and %d style sheets checked in %d ms%n",
                pages, styleSheets, (System.nanoTime() - start) / 1_000_000);
        assertTrue(pages > 90, "all pages are checked: " + pages);
        assertTrue(styleSheets > 0, "the style sheets are checked");
        assertTrue(findings.isEmpty(), GateFinding.report("privacy findings", findings));
    }

    @Test
    void scriptFromAnotherHostFailsWithPageAndLine() {
        assertFindings(
                fixtures.scanPage(BROKEN.resolve("external-script.html")),
                new GateFinding(
                        "external-script.html",
                        7,
                        "<script src=\"https://cdn.example.com/x.js\"> loads from another host: cdn.example.com"));
    }

    @Test
    void pageWithoutContentSecurityPolicyFails() {
        assertFindings(
                fixtures.scanPage(BROKEN.resolve("no-csp.html")),
                new GateFinding("no-csp.html", 3, "no <meta http-equiv=\"Content-Security-Policy\">"));
    }

    @Test
    void everyKindOfForeignResourceIsReportedWithItsElement() {
        String page = "external-resources.html";
        assertFindings(
                fixtures.scanPage(BROKEN.resolve(page)),
                new GateFinding(page, 5, "Content-Security-Policy img-src allows https://stats.example.com"),
                new GateFinding(page, 5, "Content-Security-Policy font-src allows *"),
                new GateFinding(
                        page,
                        7,
                        "<link href=\"//fonts.example.com/css?family=Sans\"> loads from another host: fonts.example.com"),
                new GateFinding(page, 12, "<style> loads https://fonts.example.com/extra.css"),
                new GateFinding(
                        page,
                        18,
                        "<img srcset=\"beeld-2x.png 2x, https://img.example.com/groot.png 3x\"> loads from another host: img.example.com"),
                new GateFinding(page, 20, "style attribute on <p> loads https://tracker.example.com/pixel.gif"),
                new GateFinding(
                        page,
                        21,
                        "<iframe src=\"https://video.example.com/embed/1\"> loads from another host: video.example.com"),
                new GateFinding(page, 22, "inline <script> without src"));
    }

    @Test
    void styleSheetImportingFromAnotherHostFailsWithLine() {
        assertFindings(
                fixtures.scanCss(BROKEN.resolve("external-font.css")),
                new GateFinding("external-font.css", 2, "style sheet loads //cdn.example.com/reset.css"),
                new GateFinding("external-font.css", 7, "style sheet loads https://fonts.example.com/sans.woff2"));
    }

    @Test
    void defaultSrcMustBeSelf() {
        assertEquals(
                List.of(
                        "Content-Security-Policy default-src is \"'self' https:\", not \"'self'\"",
                        "Content-Security-Policy default-src allows https:"),
                ContentSecurityPolicy.parse("default-src 'self' https:; script-src 'self'")
                        .problems());
        assertEquals(
                List.of(),
                ContentSecurityPolicy.parse("default-src 'self'; img-src 'self' data:; object-src 'none'")
                        .problems());
    }

    private static void assertFindings(List<GateFinding> actual, GateFinding... expected) {
        assertEquals(List.of(expected), actual, GateFinding.report("privacy findings", actual));
    }
}
