package nl.kennisbank.gates;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (Deque's engine, bundled in its Maven artifact: nothing is fetched) on the page the browser shows,
 * limited to the rules tagged WCAG 2.0/2.1 level A and AA, and returns each violation with the element it is about.
 */
final class AxeChecker {

    static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** One element failing one rule. */
    record Violation(String page, String rule, String help, String element, String html) {
        String format() {
            return page + ": " + rule + " (" + help + ") at " + element + " " + html;
        }
    }

    private final AxeBuilder axe = new AxeBuilder().withTags(WCAG21_AA);

    /** Attempts at one page when Chromium's renderer does not answer in time (seen only on an overloaded machine). */
    private static final int ATTEMPTS = 3;

    List<Violation> check(WebDriver driver, String page) {
        Results results = analyze(driver, page);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + page + ": " + results.getErrorMessage());
        }
        List<Violation> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String html = node.getHtml() == null ? "" : node.getHtml();
                out.add(new Violation(
                        page,
                        rule.getId(),
                        rule.getHelp(),
                        String.valueOf(node.getTarget()),
                        html.length() > 160 ? html.substring(0, 160) + "…" : html));
            }
        }
        return out;
    }

    /**
     * axe-core opens a blank window to check frames; under heavy load chromedriver's wait for that window's renderer
     * (one second, fixed) can run out. That is the browser being slow, not a finding: try again, then fail loudly.
     */
    private Results analyze(WebDriver driver, String page) {
        String original = driver.getWindowHandle();
        for (int attempt = 1; ; attempt++) {
            try {
                return axe.analyze(driver);
            } catch (RuntimeException e) {
                boolean rendererTimeout =
                        e.getMessage() != null && e.getMessage().contains("switchToWindow failed")
                                || e.getCause() instanceof org.openqa.selenium.TimeoutException;
                if (!rendererTimeout || attempt == ATTEMPTS) {
                    throw e;
                }
                System.err.println("axe-core: Chromium did not answer in time on " + page + ", attempt " + (attempt + 1)
                        + " of " + ATTEMPTS);
                for (String handle : driver.getWindowHandles()) { // close the blank window axe left, back to the page
                    if (!handle.equals(original)) {
                        driver.switchTo().window(handle).close();
                    }
                }
                driver.switchTo().window(original);
            }
        }
    }
}
