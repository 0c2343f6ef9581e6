package nl.kennisbank.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.kennisbank.browser.Browser;
import nl.kennisbank.browser.StaticServer;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Gate 1: axe-core finds no WCAG 2.1 A or AA violation on any page of the example site — every page, so every page
 * type — on a desktop and a phone-sized window, nor on the search page showing results with its filters open.
 */
class AccessibilityGateTest {

    private static Browser browser;
    private static StaticServer server;
    private final AxeChecker axe = new AxeChecker();

    @BeforeAll
    static void start() {
        server = StaticServer.serve(ExampleSite.build());
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyPageHasNoWcag21AaViolations() {
        List<String> pages = SitePages.of(ExampleSite.build());
        List<AxeChecker.Violation> violations = new ArrayList<>();
        for (String page : pages) {
            browser.driver().get(server.url(page));
            violations.addAll(axe.check(browser.driver(), page));
        }
        System.out.printf("axe-core: %d pages checked%n", pages.size());
        assertTrue(pages.size() > 90, "all pages are checked: " + pages.size());
        assertNoViolations(violations);
    }

    @Test
    void pagesOnAPhoneHaveNoWcag21AaViolations() {
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        try {
            List<AxeChecker.Violation> violations = new ArrayList<>();
            for (String page : List.of("", "handreikingen/onderwijs/het-gesprek/", "praktijkvoorbeelden/u-pas-utrecht/", "zoeken/?q=armoede")) {
                browser.driver().get(server.url(page));
                violations.addAll(axe.check(browser.driver(), page + " (375 px)"));
            }
            assertNoViolations(violations);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theSearchPageWithResultsAndOpenFiltersHasNoViolations() {
        browser.driver().get(server.url("zoeken/?q=armoede&sector=onderwijs"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#zoekfilters details[open] input")).isEmpty()
                && !d.findElements(By.cssSelector("#zoekresultaten li mark")).isEmpty());
        assertNoViolations(axe.check(browser.driver(), "zoeken/?q=armoede&sector=onderwijs"));
    }

    @Test
    void aBrokenPageFailsTheGateNamingTheRuleAndTheElement() {
        Path broken = Path.of("src/test/resources/gates/browser");
        try (StaticServer fixtures = StaticServer.serve(broken)) {
            browser.driver().get(fixtures.url("ontoegankelijk.html"));
            List<AxeChecker.Violation> violations = axe.check(browser.driver(), "ontoegankelijk.html");
            Set<String> rules = new TreeSet<>();
            violations.forEach(v -> rules.add(v.rule() + " " + v.element()));
            assertEquals(Set.of("color-contrast [p]", "image-alt [img]"), rules, violations.toString());
        }
    }

    private static void assertNoViolations(List<AxeChecker.Violation> violations) {
        assertTrue(violations.isEmpty(), violations.size() + " WCAG 2.1 A/AA violations:\n"
                + String.join("\n", violations.stream().map(AxeChecker.Violation::format).toList()));
    }
}
