package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import nl.kennisbank.browser.Browser;
import nl.kennisbank.browser.StaticServer;
import nl.kennisbank.config.HtmlMode;
import nl.kennisbank.jbake.SecurityPolicy;
import nl.kennisbank.markdown.MarkdownProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The attacks of {@link HtmlAttacks} in headless Chromium: in a built site with HTML escaped, in the allow-list
 * sanitiser's output on a page without any policy (the sanitiser alone must hold), and an inline script on a page
 * that has only the policy the generator adds (the policy alone must hold). Nothing may run: the title stays,
 * the page stays, no alert, no frame, no password field. {@code /boos.js} exists on the server, so a script that
 * got through would load.
 */
class HostileHtmlBrowserTest {

    @TempDir
    static Path tmp;

    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        browser = Browser.open();
        HostileSite site = HostileSite.golden(tmp)
                .setting("kennisbank.html", "escape")
                .practice(
                        "aanval",
                        HtmlAttacks.ALL.stream()
                                        .map(HtmlAttacks.Attack::markdown)
                                        .collect(Collectors.joining("\n\nTussentekst.\n\n"))
                                + "\n");
        assertTrue(site.build().succeeded());
        Path out = site.output();
        Files.writeString(out.resolve("boos.js"), "document.title='" + HtmlAttacks.MARK + "';", StandardCharsets.UTF_8);
        Files.writeString(
                out.resolve("gestolen.html"),
                "<!DOCTYPE html><title>" + HtmlAttacks.MARK + "</title>",
                StandardCharsets.UTF_8);
        MarkdownProcessor markdown = new MarkdownProcessor();
        StringBuilder sanitised =
                new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><title>Veilig</title></head><body><main>");
        for (HtmlAttacks.Attack attack : HtmlAttacks.ALL) {
            sanitised.append(markdown.render(
                    markdown.parse(attack.markdown() + "\n\n<a href=\"#\">link</a>"), url -> url, HtmlMode.ALLOW_LIST));
        }
        Files.writeString(
                out.resolve("zonder-beleid.html"), sanitised + "</main></body></html>", StandardCharsets.UTF_8);
        Files.writeString(
                out.resolve("alleen-beleid.html"),
                SecurityPolicy.ensure("<!DOCTYPE html><html lang=\"nl\"><head><title>Veilig</title></head><body>"
                        + "<script>document.title='" + HtmlAttacks.MARK
                        + "'</script><img src=x onerror=\"document.title='" + HtmlAttacks.MARK + "'\"></body></html>"),
                StandardCharsets.UTF_8);
        server = StaticServer.serve(out);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void escapedAttacksInABuiltPageDoNothing() throws Exception {
        openAndSettle("praktijkvoorbeelden/aanval/");
        assertNothingRan("praktijkvoorbeelden/aanval/", "Aanval | Testkennisbank");
        assertTrue(
                browser.driver().findElement(By.tagName("main")).getText().contains("<script"),
                "the code is shown as text");
    }

    @Test
    void allowListOutputDoesNothingEvenWithoutAPolicyAndWhenEveryLinkIsClicked() throws Exception {
        openAndSettle("zonder-beleid.html");
        ChromeDriver driver = browser.driver();
        int links = driver.findElements(By.cssSelector("main a")).size();
        assertTrue(links >= HtmlAttacks.ALL.size());
        for (int i = 0; i < links; i++) {
            WebElement link = driver.findElements(By.cssSelector("main a")).get(i);
            driver.executeScript("arguments[0].scrollIntoView()", link);
            link.click();
            Thread.sleep(50);
            assertNothingRan("zonder-beleid.html", "Veilig");
        }
    }

    @Test
    void thePolicyTheGeneratorAddsBlocksInlineScriptOnItsOwn() throws Exception {
        openAndSettle("alleen-beleid.html");
        assertNothingRan("alleen-beleid.html", "Veilig");
    }

    private static void openAndSettle(String path) throws InterruptedException {
        browser.driver().get(server.url(path));
        Thread.sleep(1500); // long enough for a refresh of 0 s, an image error and a script load on loopback
    }

    private static void assertNothingRan(String path, String title) {
        ChromeDriver driver = browser.driver();
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError("an alert opened: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertTrue(driver.getCurrentUrl().startsWith(server.url(path).replaceAll("#.*", "")), driver.getCurrentUrl());
        assertEquals(title, driver.getTitle());
        assertTrue(driver.findElements(By.cssSelector("iframe, input[type=password], form, object, embed, base"))
                .isEmpty());
    }
}
