package nl.kennisbank.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.kennisbank.browser.BrowserSite;
import nl.kennisbank.browser.StaticServer;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Gate 5: keyboard. On one page of every type, pressing Tab first reaches a skip link to the main content, then
 * every visible control, each with a visible focus indicator. Heading order is checked on every page.
 */
class KeyboardGateTest {

    /** One page of every page type, and the search page with results and its filters open. */
    static final List<String> PAGE_TYPES = List.of(
            "",
            "sectoren/onderwijs/",
            "handreikingen/",
            "handreikingen/onderwijs/",
            "handreikingen/onderwijs/het-gesprek/",
            "handreikingen/onderwijs/print/",
            "handreikingen/mbo/",
            "praktijkvoorbeelden/",
            "praktijkvoorbeelden/u-pas-utrecht/",
            "themas/",
            "themas/schulden/",
            "pijlers/activeren/",
            "sectoren/",
            "provincies/utrecht/",
            "gemeenten/",
            "gemeenten/utrecht/",
            "overzicht/",
            "overzicht/2026/",
            "over/",
            "partners/",
            "toegankelijkheid/",
            "redactiehandleiding/",
            "404.html",
            "zoeken/",
            "zoeken/?q=armoede&sector=onderwijs");

    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite(ExampleSite::build);

    @Test
    void everyPageTypeIsUsableWithTheKeyboardAlone() {
        KeyboardChecker keyboard = new KeyboardChecker(SITE.driver());
        List<String> problems = new ArrayList<>();
        for (String page : PAGE_TYPES) {
            SITE.driver().get(SITE.url(page));
            if (page.contains("?q=")) {
                new WebDriverWait(SITE.driver(), Duration.ofSeconds(10))
                        .until(d -> !d.findElements(By.cssSelector("#zoekfilters details[open] input"))
                                .isEmpty());
            }
            problems.addAll(keyboard.check(page));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void headingsAreInLogicalOrderOnEveryPage() {
        Path site = ExampleSite.build();
        List<String> problems = new ArrayList<>();
        List<String> pages = SitePages.of(site);
        for (String page : pages) {
            problems.addAll(HeadingOrder.check(site, page));
        }
        assertTrue(pages.size() > 90, "all pages: " + pages.size());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aPageWithoutSkipLinkOrVisibleFocusFailsNamingTheElement() {
        try (StaticServer fixtures = StaticServer.serve(Path.of("src/test/resources/gates/browser"))) {
            SITE.driver().get(fixtures.url("geen-toetsenbord.html"));
            List<String> problems = new KeyboardChecker(SITE.driver()).check("geen-toetsenbord.html");
            assertEquals(
                    List.of(
                            "geen-toetsenbord.html: the first Tab stop is <a> 'Home', not a skip link",
                            "geen-toetsenbord.html: no visible focus indicator on <a> 'Home'",
                            "geen-toetsenbord.html: no visible focus indicator on <a> 'Contact'"),
                    problems);
        }
        List<String> headings =
                HeadingOrder.check(Path.of("src/test/resources/gates/browser"), "geen-toetsenbord.html");
        assertEquals(
                List.of("geen-toetsenbord.html:14: <h3> 'Details' follows <h1>: a heading level is skipped"), headings);
    }
}
