package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.kennisbank.browser.BrowserSite;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page in a real headless Chromium: typing, typos, filters, URL state, Back, keyboard only, the JS API. */
class SearchPageBrowserTest {

    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite(ExampleSite::build);

    private ChromeDriver driver() {
        return SITE.driver();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver(), Duration.ofSeconds(10));
    }

    private List<WebElement> results() {
        return driver().findElements(By.cssSelector("#zoekresultaten > li"));
    }

    private String status() {
        return driver().findElement(By.id("zoekstatus")).getText();
    }

    private void waitForStatus(String contains) {
        waiting().until(d -> status().contains(contains));
    }

    @Test
    void typingShowsRankedResultsAnnouncesTheCountAndKeepsTheQueryInTheUrl() {
        driver().get(SITE.url("zoeken/"));
        driver().findElement(By.id("zoekveld")).sendKeys("armoede");
        waitForStatus("voor ‘armoede’");
        assertTrue(status().matches("\\d+ resultaten voor ‘armoede’\\."), status());
        assertFalse(results().isEmpty());
        assertEquals("polite", driver().findElement(By.id("zoekstatus")).getAttribute("aria-live"));
        for (WebElement li : results()) {
            assertFalse(li.findElement(By.cssSelector("a")).getAttribute("href").isBlank());
        }
        assertTrue(
                driver().findElements(By.cssSelector("#zoekresultaten mark.nl-mark"))
                                .size()
                        > 0,
                "matched words are marked (NL Design System mark)");
        assertTrue(driver().getCurrentUrl().endsWith("zoeken/?q=armoede"), driver().getCurrentUrl());
    }

    @Test
    void anAcronymFindsTheWrittenOutWord() {
        driver().get(SITE.url("zoeken/?q=JGZ"));
        waitForStatus("voor ‘JGZ’");
        assertTrue(resultPaths().contains("handreikingen/jgz/"), resultPaths().toString());
        assertEquals("JGZ", driver().findElement(By.id("zoekveld")).getAttribute("value"));
    }

    @Test
    void aOneLetterTypoStillFindsResultsAndOffersTheCorrection() {
        driver().get(SITE.url("zoeken/?q=kinderarmode"));
        waitForStatus("voor ‘kinderarmode’");
        assertFalse(results().isEmpty(), status());
        WebElement suggestion = driver().findElement(By.id("zoeksuggestie"));
        assertEquals("Bedoelde je kinderarmoede?", suggestion.getText());
        waiting()
                .until(d ->
                        !d.findElements(By.cssSelector("#zoekfilters summary")).isEmpty());
        suggestion.findElement(By.tagName("a")).click();
        waitForStatus("voor ‘kinderarmoede’");
        assertFalse(driver().findElement(By.id("zoeksuggestie")).isDisplayed());
    }

    @Test
    void aHostileQueryIsShownAsTextNeverRunAsMarkup() {
        SITE.open("zoeken/?q="
                + java.net.URLEncoder.encode(
                        "<img src=x onerror=alert(1)> armoede", java.nio.charset.StandardCharsets.UTF_8));
        waiting().until(d -> status().contains("armoede"));
        assertTrue(status().contains("<img src=x onerror=alert(1)>"), status());
        assertTrue(driver().findElements(By.cssSelector("main img")).isEmpty(), "no element was made from the query");
    }

    @Test
    void nothingFoundSaysSoAndHowToGoOn() {
        driver().get(SITE.url("zoeken/?q=xqzwv"));
        waitForStatus("Geen resultaten voor ‘xqzwv’");
        assertTrue(results().isEmpty());
    }

    @Test
    void aFilterNarrowsResultsToItsCountGoesIntoTheUrlAndBackUndoesIt() {
        driver().get(SITE.url("zoeken/?q=armoede"));
        WebElement box = waiting().until(d -> d.findElement(By.id("filter-sector-onderwijs")));
        WebElement summary = driver().findElement(By.cssSelector("#zoekfilters summary"));
        driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
        summary.click();
        WebElement label = driver().findElement(By.cssSelector("label[for=filter-sector-onderwijs]"));
        int total = count(status());
        int expected = count(label.getText());
        assertTrue(expected > 0 && expected < total, label.getText() + " / " + status());
        WebElement badge = label.findElement(By.cssSelector("data.nl-number-badge"));
        assertEquals(String.valueOf(expected), badge.getAttribute("value"));
        assertEquals(
                "(" + expected + " " + (expected == 1 ? "resultaat" : "resultaten") + ")",
                badge.findElement(By.cssSelector(".nl-number-badge__hidden-label"))
                        .getAttribute("textContent"),
                "what a screen reader hears");
        box.sendKeys(Keys.SPACE);
        waiting().until(d -> count(status()) == expected);
        assertTrue(driver().getCurrentUrl().endsWith("zoeken/?q=armoede&sector=onderwijs"), driver().getCurrentUrl());
        driver().navigate().back();
        waiting().until(d -> count(status()) == total);
        assertFalse(driver().findElement(By.id("filter-sector-onderwijs")).isSelected());
    }

    @Test
    void aSharedUrlRestoresTheQueryAndTheFilters() {
        driver().get(SITE.url("zoeken/?q=school&type=praktijkvoorbeeld"));
        WebElement box = waiting().until(d -> d.findElement(By.id("filter-type-praktijkvoorbeeld")));
        waiting().until(d -> box.isSelected());
        assertEquals("school", driver().findElement(By.id("zoekveld")).getAttribute("value"));
        for (String path : resultPaths()) {
            assertTrue(path.startsWith("praktijkvoorbeelden/"), path);
        }
    }

    @Test
    void theFindersNewerFacetsFilterWithoutAWordAndGoIntoTheUrl() throws java.io.IOException {
        driver().get(SITE.url("zoeken/?gemeente=utrecht"));
        waitForStatus("met deze filters");
        int onTheBrowsePage = org.jsoup.Jsoup.parse(ExampleSite.build()
                        .resolve("gemeenten/utrecht/index.html")
                        .toFile())
                .select("#kop-voorbeelden ~ .kaarten > li")
                .size();
        assertTrue(onTheBrowsePage > 0);
        assertEquals(onTheBrowsePage, count(status()), status());
        WebElement gemeente = waiting().until(d -> d.findElement(By.id("filter-gemeente")));
        assertEquals("utrecht", gemeente.getAttribute("value"), "the shared URL's municipality is chosen in the list");
        assertEquals(
                "Gemeente",
                driver().findElement(By.cssSelector("label[for=filter-gemeente]"))
                        .getText());
        for (String box :
                List.of("filter-doelgroep-gezinnen", "filter-looptijd-lopend", "filter-onderbouwing-niet-beoordeeld")) {
            assertFalse(driver().findElements(By.id(box)).isEmpty(), box);
        }
        new org.openqa.selenium.support.ui.Select(gemeente).selectByValue("");
        waiting().until(d -> !d.getCurrentUrl().contains("gemeente="));
        assertTrue(
                (Boolean) driver().executeScript("return document.querySelector('#zoekfilters details').open"),
                "the panel stays open");
        WebElement lopend = driver().findElement(By.id("filter-looptijd-lopend"));
        int expected = count(driver().findElement(By.cssSelector("label[for=filter-looptijd-lopend]"))
                .getText());
        driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", lopend);
        lopend.sendKeys(Keys.SPACE);
        waiting().until(d -> d.getCurrentUrl().endsWith("zoeken/?looptijd=lopend"));
        waitForStatus(expected + " resulta");
        for (String path : resultPaths()) {
            assertTrue(path.startsWith("praktijkvoorbeelden/"), path);
        }
    }

    @Test
    void theHomePageHasOneSearchBoxAndTheHeaderSearchElsewhereHasAVisibleLabel() {
        driver().get(SITE.url(""));
        assertEquals(
                1, driver().findElements(By.cssSelector("input[type=search]")).size(), "search boxes on the home page");
        driver().get(SITE.url("over/"));
        WebElement label = driver().findElement(By.cssSelector("label[for=kop-zoekveld]"));
        assertTrue(
                label.isDisplayed()
                        && label.getSize().getWidth() > 20
                        && label.getSize().getHeight() > 8,
                "the header search label is visible");
        assertEquals("Zoeken in de kennisbank", label.getText());
    }

    @Test
    void theWholeSearchWorksWithTheKeyboardAlone() {
        driver().get(SITE.url("over/"));
        WebElement active = null;
        for (int i = 0; i < 20; i++) {
            driver().switchTo().activeElement().sendKeys(Keys.TAB);
            active = driver().switchTo().activeElement();
            if ("kop-zoekveld".equals(active.getAttribute("id"))) {
                break;
            }
        }
        assertEquals("kop-zoekveld", active.getAttribute("id"), "the header search field is reachable with Tab");
        active.sendKeys("leergeld", Keys.ENTER);
        waitForStatus("voor ‘leergeld’");
        String first = results().get(0).findElement(By.tagName("a")).getAttribute("href");
        for (int i = 0; i < 60; i++) {
            driver().switchTo().activeElement().sendKeys(Keys.TAB);
            if (first.equals(driver().switchTo().activeElement().getAttribute("href"))) {
                break;
            }
        }
        assertEquals(
                first,
                driver().switchTo().activeElement().getAttribute("href"),
                "the first result is reachable with Tab");
        driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().equals(first));
    }

    @Test
    void theModuleApiAnswersFromAnyPage() {
        driver().get(SITE.url("over/"));
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import(new URL('js/zoekmachine.js', location.origin + '/').href)
                  .then((m) => m.search('toeslag', { limit: 3 }))
                  .then((a) => done({ total: a.total, first: a.results[0].path }), (e) => done({ error: String(e) }));
                """);
        assertFalse(answer.containsKey("error"), String.valueOf(answer));
        assertTrue(((Number) answer.get("total")).intValue() > 0, String.valueOf(answer));
    }

    private List<String> resultPaths() {
        String root = SITE.url("");
        return results().stream()
                .map(li -> li.findElement(By.tagName("a")).getAttribute("href").substring(root.length()))
                .toList();
    }

    private static int count(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
