package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kennisbank.browser.BrowserSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Paging and sorting in the practice finder, on a site of 45 made-up practices (three pages of 20): numbered pages
 * without JavaScript, pages and the title order with it, the page in the URL, and Back.
 */
class PracticeFinderPagingTest {

    private static final int PRACTICES = 45;
    private static final List<String> WORDS =
            List.of("Zomerschool", "Aanpak", "Buurtwerk", "Meedoen", "Kansen", "Ouders", "Geldzorgen");

    private static final Path FOLDER = build();

    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite(() -> FOLDER);

    private static Path build() {
        try {
            Path root = Files.createTempDirectory("kennisbank-vinder-");
            Path source = root.resolve("bron");
            for (String part : List.of("data", "templates", "assets")) {
                FixtureSites.copyTree(ExampleSite.root().resolve(part), source.resolve(part));
            }
            Files.copy(ExampleSite.root().resolve("jbake.properties"), source.resolve("jbake.properties"));
            for (int i = 0; i < PRACTICES; i++) {
                String md = "---\ntitel: \"" + title(i) + "\"\nsamenvatting: \"Een voorbeeld om te bladeren, nummer "
                        + i + ".\"\n"
                        + "datum: " + date(i) + "\nstatus: gepubliceerd\nsectoren: ["
                        + (i % 2 == 0 ? "onderwijs" : "jgz") + "]\n"
                        + "themas: [meedoen]\npijlers: [activeren]\n---\n\nDit voorbeeld laat zien hoe bladeren werkt.\n";
                Path file = source.resolve("content/praktijkvoorbeelden/voorbeeld-" + i + ".md");
                Files.createDirectories(file.getParent());
                Files.writeString(file, md, StandardCharsets.UTF_8);
            }
            return ExampleSite.buildSource(source, root.resolve("site"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String title(int i) {
        return WORDS.get(i % WORDS.size()) + " " + i;
    }

    private static LocalDate date(int i) {
        return LocalDate.of(2025, 1, 1).plusDays(i);
    }

    private List<String> shownTitles() {
        List<String> titles = new ArrayList<>();
        for (WebElement a : SITE.driver().findElements(By.cssSelector("#vinder-lijst .kaart__titel a"))) {
            titles.add(a.getText());
        }
        return titles;
    }

    private void waitForStatus(String contains) {
        new WebDriverWait(SITE.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("vinder-status")).getText().contains(contains));
    }

    @Test
    void withoutJavaScriptEveryPracticeIsOnANumberedPageNewestFirst() throws IOException {
        Path site = FOLDER;
        List<String> titles = new ArrayList<>();
        for (String page :
                List.of("praktijkvoorbeelden/", "praktijkvoorbeelden/pagina/2/", "praktijkvoorbeelden/pagina/3/")) {
            Jsoup.parse(site.resolve(page).resolve("index.html").toFile())
                    .select("#vinder-lijst .kaart__titel a")
                    .forEach(a -> titles.add(a.text()));
        }
        List<String> expected = new ArrayList<>();
        for (int i = PRACTICES - 1; i >= 0; i--) {
            expected.add(title(i));
        }
        assertEquals(expected, titles);
        assertTrue(Files.notExists(site.resolve("praktijkvoorbeelden/pagina/4/index.html")));
    }

    @Test
    void pagingAndTheTitleOrderGoIntoTheUrlAndBackReturns() {
        SITE.open("praktijkvoorbeelden/");
        SITE.driver()
                .findElement(By.cssSelector("#vinder-paginas a[href$='pagina/3/']"))
                .sendKeys(Keys.ENTER);
        waitForStatus("pagina 3 van 3");
        assertEquals(List.of(title(4), title(3), title(2), title(1), title(0)), shownTitles());
        assertTrue(
                SITE.driver().getCurrentUrl().endsWith("praktijkvoorbeelden/?pagina=3"),
                SITE.driver().getCurrentUrl());
        new Select(SITE.driver().findElement(By.id("vinder-sortering"))).selectByValue("titel");
        waitForStatus("pagina 1 van 3");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < PRACTICES; i++) {
            all.add(title(i));
        }
        all.sort(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl")));
        assertEquals(all.subList(0, 20), shownTitles());
        assertTrue(
                SITE.driver().getCurrentUrl().endsWith("?sortering=titel"),
                SITE.driver().getCurrentUrl());
        SITE.driver().navigate().back();
        waitForStatus("pagina 3 van 3");
        assertEquals(
                "nieuw", SITE.driver().findElement(By.id("vinder-sortering")).getAttribute("value"));
    }

    @Test
    void aFilterCountsAndPagesOnlyItsOwnPractices() {
        SITE.open("praktijkvoorbeelden/?sector=jgz&pagina=2");
        waitForStatus("22 praktijkvoorbeelden met Jeugdgezondheidszorg (JGZ), pagina 2 van 2");
        assertEquals(List.of(title(3), title(1)), shownTitles());
    }
}
