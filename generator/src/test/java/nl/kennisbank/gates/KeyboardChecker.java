package nl.kennisbank.gates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Keyboard checks on the page the browser shows, by pressing Tab as a keyboard user does: the first stop is a skip
 * link to the main content, every visible control is reached, and each one shows a visible focus indicator.
 */
final class KeyboardChecker {

    /** Marks every visible control with its index and returns their number. */
    private static final String MARK_CONTROLS = """
            const controls = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
              .filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0
                && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[hidden], details:not([open]) > :not(summary)'));
            controls.forEach((e, i) => e.dataset.kbToets = String(i));
            return controls.length;
            """;

    /** Whether the focused element looks different from its unfocused self: an outline or a shadow. */
    private static final String FOCUS_STYLE = """
            const e = document.activeElement;
            const s = getComputedStyle(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
            const shadow = s.boxShadow && s.boxShadow !== 'none';
            return { index: e.dataset.kbToets ?? null, visible: outline || shadow, tag: e.tagName.toLowerCase(),
                     text: (e.textContent || e.getAttribute('aria-label') || e.id || '').trim().slice(0, 40) };
            """;

    private final ChromeDriver driver;

    KeyboardChecker(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Problems on the current page; {@code page} names it in each message. */
    @SuppressWarnings("unchecked")
    List<String> check(String page) {
        List<String> problems = new ArrayList<>();
        int controls = ((Number) driver.executeScript(MARK_CONTROLS)).intValue();
        driver.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        driver.findElement(org.openqa.selenium.By.tagName("body"));
        java.util.Set<String> reached = new java.util.HashSet<>();
        for (int step = 0; step < controls + 3; step++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            Map<String, Object> focus = (Map<String, Object>) driver.executeScript(FOCUS_STYLE);
            if (step == 0) {
                WebElement first = driver.switchTo().activeElement();
                String href = first.getAttribute("href");
                if (!"a".equals(focus.get("tag")) || href == null || !href.contains("#")) {
                    problems.add(page + ": the first Tab stop is <" + focus.get("tag") + "> '" + focus.get("text")
                            + "', not a skip link");
                } else {
                    String target = href.substring(href.indexOf('#') + 1);
                    if (((Number) driver.executeScript(
                                            "return document.querySelectorAll('main#' + CSS.escape(arguments[0])).length",
                                            target))
                                    .intValue()
                            != 1) {
                        problems.add(
                                page + ": the skip link points to #" + target + ", which is not the <main> element");
                    }
                }
            }
            if (focus.get("index") == null) {
                continue;
            }
            if (reached.add((String) focus.get("index")) && !Boolean.TRUE.equals(focus.get("visible"))) {
                problems.add(page + ": no visible focus indicator on <" + focus.get("tag") + "> '" + focus.get("text")
                        + "'");
            }
        }
        if (reached.size() < controls) {
            problems.add(page + ": Tab reaches " + reached.size() + " of " + controls + " controls");
        }
        return problems;
    }
}
