package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nl.kennisbank.browser.BrowserSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map in headless Chromium, used with the keyboard: Tab reaches every province in the vocabulary's order, the
 * focused province looks different (its fill changes to the focus colour), and Enter opens its browse page.
 */
class MapBrowserTest {

    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite(ExampleSite::build);

    private ChromeDriver driver() {
        return SITE.driver();
    }

    private WebElement active() {
        return driver().switchTo().activeElement();
    }

    @Test
    void tabReachesEveryProvinceWithAVisibleFocusAndEnterOpensItsPage() {
        SITE.open("kaart/");
        WebElement first = driver().findElement(By.cssSelector(".landkaart__svg a"));
        String unfocusedFill = (String)
                driver().executeScript("return getComputedStyle(arguments[0].querySelector('path')).fill", first);
        driver().findElement(By.tagName("body")).sendKeys("");
        int presses = 0;
        while (!"Groningen: ".regionMatches(0, String.valueOf(active().getAttribute("aria-label")), 0, 11)
                && presses++ < 60) {
            active().sendKeys(Keys.TAB);
        }
        assertTrue(presses < 60, "Tab reaches the map");
        String focusedFill = (String)
                driver().executeScript("return getComputedStyle(document.activeElement.querySelector('path')).fill");
        assertNotEquals(unfocusedFill, focusedFill, "the focused province looks different");
        int provinces = 1;
        active().sendKeys(Keys.TAB);
        while (active().getAttribute("aria-label") != null
                && active().findElements(By.xpath("ancestor::*[local-name()='svg']"))
                                .size()
                        == 1) {
            provinces++;
            if (provinces == 7) {
                assertTrue(
                        active().getAttribute("aria-label").startsWith("Utrecht: "),
                        "the vocabulary's order: " + active().getAttribute("aria-label"));
                active().sendKeys(Keys.ENTER);
                new WebDriverWait(driver(), Duration.ofSeconds(10))
                        .until(d -> d.getCurrentUrl().endsWith("/provincies/utrecht/"));
                assertEquals("Utrecht", driver().findElement(By.tagName("h1")).getText());
                SITE.open("kaart/");
                return;
            }
            active().sendKeys(Keys.TAB);
        }
        throw new AssertionError("only " + provinces + " provinces reached with Tab");
    }
}
