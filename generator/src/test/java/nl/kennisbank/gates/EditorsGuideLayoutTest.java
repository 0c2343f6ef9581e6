package nl.kennisbank.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisbank.browser.BrowserSite;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * The editors' guide on a phone (390 px) and a laptop (1,366 px): code blocks are styled, and code blocks, inline
 * code and tables stay inside the text column, so the page never scrolls sideways. Screenshots go to
 * target/redactiehandleiding-*.png for a person to look at.
 */
class EditorsGuideLayoutTest {

    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite(ExampleSite::build);

    private static final String MEASURE = """
            const main = document.querySelector('main').getBoundingClientRect();
            const wide = [];
            for (const el of document.querySelectorAll('main pre, main table, main code')) {
              const r = el.getBoundingClientRect();
              if (r.right > main.right + 1 || r.left < main.left - 1) wide.push(el.tagName + ' ' + Math.round(r.width) + 'px: ' + el.textContent.slice(0, 40));
            }
            const pre = document.querySelector('main pre');
            return {wide: wide, scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth,
                    blocks: document.querySelectorAll('main pre').length,
                    background: pre ? getComputedStyle(pre).backgroundColor : '', border: pre ? getComputedStyle(pre).borderLeftWidth : ''};
            """;

    @Test
    @SuppressWarnings("unchecked")
    void codeBlocksAreStyledAndStayInsideTheColumnOnAPhoneAndALaptop() throws Exception {
        for (int width : new int[] {390, 1366}) {
            SITE.driver().manage().window().setSize(new Dimension(width, 900));
            SITE.open("redactiehandleiding/");
            Map<String, Object> m = (Map<String, Object>) SITE.driver().executeScript(MEASURE);
            SITE.driver().executeScript("document.querySelectorAll('main pre')[1].scrollIntoView()");
            Path shot = Path.of("target/redactiehandleiding-" + width + ".png");
            Files.write(shot, SITE.driver().getScreenshotAs(OutputType.BYTES));
            assertTrue(((Number) m.get("blocks")).intValue() >= 5, "code blocks in the guide: " + m);
            assertEquals(
                    List.of(),
                    new ArrayList<>((List<String>) m.get("wide")),
                    "wider than the column at " + width + " px");
            assertTrue(
                    ((Number) m.get("scroll")).intValue() <= ((Number) m.get("width")).intValue(),
                    "page scrolls sideways at " + width + " px: " + m);
            assertTrue(
                    !"rgba(0, 0, 0, 0)".equals(m.get("background")) && !"0px".equals(m.get("border")),
                    "code blocks unstyled: " + m);
        }
        SITE.driver().manage().window().setSize(new Dimension(1280, 900));
    }
}
