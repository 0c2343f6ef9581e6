package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.kennisbank.browser.BrowserSite;
import nl.kennisbank.site.assemble.FinderPages;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The practice finder on the example site in headless Chromium: filters without a word, exact counts checked against
 * the static browse pages, the state in the URL, Back, and an empty result that offers a way on.
 */
class PracticeFinderBrowserTest {

    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite(ExampleSite::build);

    private ChromeDriver driver() {
        return SITE.driver();
    }

    private String status() {
        return driver().findElement(By.id("vinder-status")).getText();
    }

    private void waitForStatus(String contains) {
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> status().contains(contains));
    }

    private Set<String> shownPractices() {
        Set<String> slugs = new TreeSet<>();
        for (WebElement a : driver().findElements(By.cssSelector("#vinder-lijst .kaart__titel a"))) {
            slugs.add(slug(a.getAttribute("href")));
        }
        return slugs;
    }

    private WebElement box(String facet, String value) {
        return driver().findElement(By.cssSelector("#vinder input[name='" + facet + "'][value='" + value + "']"));
    }

    private int count(String facet, String value) {
        return Integer.parseInt(box(facet, value)
                .findElement(By.xpath(".."))
                .findElement(By.cssSelector(".nl-number-badge"))
                .getAttribute("value"));
    }

    /** The practices a static browse page lists, as slugs. */
    private static Set<String> browsePage(String path) throws IOException {
        Set<String> slugs = new TreeSet<>();
        Jsoup.parse(ExampleSite.build().resolve(path).resolve("index.html").toFile())
                .select("#kop-voorbeelden ~ ul .kaart__titel a")
                .forEach(a -> slugs.add(slug(a.attr("href"))));
        return slugs;
    }

    /** The practices the example site published, as its search stage indexed them. */
    private static int publishedPractices() {
        return (int) ExampleSite.searchDocuments().stream()
                .filter(d -> d.type().equals("praktijkvoorbeeld"))
                .count();
    }

    private static String slug(String href) {
        String[] parts = href.replaceAll("/$", "").split("/");
        return parts[parts.length - 1];
    }

    private static Set<String> both(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    @Test
    void theFirstViewIsCompleteWithoutFetchingTheIndexAndItsCountsMatchTheBrowsePages() throws IOException {
        driver().get(SITE.url("praktijkvoorbeelden/"));
        assertTrue(driver().findElement(By.id("vinder")).isDisplayed(), "the script shows the filter form");
        assertEquals(
                Math.min(FinderPages.PAGE_SIZE, publishedPractices()),
                shownPractices().size(),
                "the newest practices, one page full");
        assertEquals(browsePage("sectoren/sociaal-domein").size(), count("sector", "sociaal-domein"));
        assertEquals(browsePage("provincies/utrecht").size(), count("provincie", "utrecht"));
        Object fetched = driver().executeScript(
                        "return performance.getEntriesByType('resource').filter((e) => e.name.includes('/zoeken/index/')).length");
        assertEquals(0L, fetched, "no index file for the first view");
    }

    @Test
    void twoFiltersWithoutAWordShowTheExactListWithCountsAndTheUrlKeepsThem() throws IOException {
        driver().get(SITE.url("praktijkvoorbeelden/"));
        box("sector", "sociaal-domein").sendKeys(Keys.SPACE);
        waitForStatus("met Sociaal domein.");
        box("provincie", "utrecht").sendKeys(Keys.SPACE);
        waitForStatus("met Sociaal domein, Utrecht.");
        Set<String> expected = both(browsePage("sectoren/sociaal-domein"), browsePage("provincies/utrecht"));
        assertFalse(expected.isEmpty());
        assertEquals(expected, shownPractices());
        assertTrue(status().startsWith(expected.size() + " praktijkvoorbeeld"), status());
        assertTrue(
                driver().getCurrentUrl().endsWith("praktijkvoorbeelden/?sector=sociaal-domein&provincie=utrecht"),
                driver().getCurrentUrl());
        // every province's count is what the list would hold with it instead of Utrecht
        for (String province : List.of("utrecht", "flevoland", "zuid-holland", "zeeland")) {
            assertEquals(
                    both(browsePage("sectoren/sociaal-domein"), browsePage("provincies/" + province))
                            .size(),
                    count("provincie", province),
                    province);
        }
        driver().navigate().back();
        waitForStatus("met Sociaal domein.");
        assertFalse(box("provincie", "utrecht").isSelected());
        assertEquals(browsePage("sectoren/sociaal-domein"), shownPractices());
    }

    @Test
    void aSharedUrlRestoresTheFiltersAndADropDownFilterWorks() throws IOException {
        driver().get(SITE.url("praktijkvoorbeelden/?gemeente=almere&looptijd=lopend"));
        waitForStatus("met Almere, Loopt nog");
        assertTrue(box("looptijd", "lopend").isSelected());
        assertEquals("almere", driver().findElement(By.id("vinder-gemeente")).getAttribute("value"));
        Set<String> running = new TreeSet<>();
        ExampleSite.searchDocuments().stream()
                .filter(d -> d.facets().getOrDefault("looptijd", List.of()).contains("lopend"))
                .forEach(d -> running.add(slug(d.id())));
        Set<String> expected = both(browsePage("gemeenten/almere"), running);
        assertFalse(expected.isEmpty());
        assertEquals(expected, shownPractices());
    }

    @Test
    void aWordAndAFilterTogetherNarrowTheList() {
        driver().get(SITE.url("praktijkvoorbeelden/?q=schoolreisje&onderbouwing=niet-beoordeeld&sortering=relevantie"));
        waitForStatus("voor ‘schoolreisje’ met Niet beoordeeld");
        assertTrue(shownPractices().contains("u-pas-utrecht"), shownPractices().toString());
        assertFalse(
                driver().findElements(By.cssSelector("#vinder-lijst mark.nl-mark"))
                        .isEmpty(),
                "the word is marked");
    }

    @Test
    void anEmptyChoiceOffersOtherValuesTheSearchAndHowToSendAPracticeIn() {
        driver().get(SITE.url("praktijkvoorbeelden/?sector=jgz&provincie=utrecht"));
        waitForStatus("0 praktijkvoorbeelden met Jeugdgezondheidszorg (JGZ), Utrecht");
        WebElement empty = driver().findElement(By.id("vinder-leeg"));
        assertTrue(empty.isDisplayed());
        List<WebElement> tries = empty.findElements(By.cssSelector("li a"));
        assertFalse(tries.isEmpty());
        assertFalse(empty.findElements(By.cssSelector("a[href*='zoeken/']")).isEmpty());
        assertFalse(
                empty.findElements(By.cssSelector("a[href$='/over/'], a[href$='/praktijkvoorbeeld-insturen/']"))
                        .isEmpty(),
                "how to send one in");
        String first = tries.get(0).getText();
        int n = Integer.parseInt(first.replaceAll(".*\\((\\d+) voorbeeld.*", "$1"));
        tries.get(0).sendKeys(Keys.ENTER);
        waitForStatus(n + " praktijkvoorbeeld");
        assertEquals(n, shownPractices().size());
    }

    @Test
    void theSearchPageListsWhatAFilterAllowsWithoutAWord() {
        driver().get(SITE.url("zoeken/?sector=jgz&type=praktijkvoorbeeld"));
        new WebDriverWait(driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("zoekstatus")).getText().contains("met deze filters"));
        int shown =
                driver().findElements(By.cssSelector("#zoekresultaten > li")).size();
        assertTrue(shown > 0);
        assertTrue(
                driver().findElement(By.id("zoekstatus"))
                        .getText()
                        .startsWith(count(Path.of("sectoren/jgz")) + " resulta"),
                driver().findElement(By.id("zoekstatus")).getText());
    }

    private static int count(Path browse) {
        try {
            return browsePage(browse.toString()).size();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
