package nl.kennisbank.webeditor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.kennisbank.browser.Browser;
import nl.kennisbank.browser.StaticServer;
import nl.kennisbank.cli.CommandRun;
import nl.kennisbank.site.ExampleSite;
import nl.kennisbank.site.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor's whole way through {@code /admin/}: the example site, built with the web editor switched on, served on
 * loopback; Decap's local backend ({@code decap-server} from {@code vendor/decap-server/}, pinned in its lock file)
 * saving into a copy of the source; headless Chromium filling in a new practice (the required fields, a municipality
 * and one source, as an editor would) and publishing it. The saved file must then pass {@code check} without a single
 * problem, and Decap must not have run into the Content-Security-Policy of {@code /admin/} on the way.
 */
class WebEditorBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void aPracticeSavedInTheBrowserPassesCheck() throws Exception {
        Path source = tmp.resolve("bron");
        for (String part : List.of("content", "templates", "assets", "data", "jbake.properties")) {
            Path from = ExampleSite.root().resolve(part);
            if (Files.isDirectory(from)) {
                FixtureSites.copyTree(from, source.resolve(part));
            } else {
                Files.copy(from, source.resolve(part));
            }
        }
        int port = freePort();
        Files.writeString(
                source.resolve("jbake.properties"),
                "\nkennisbank.webeditor.repo=organisatie/kennisbank\n"
                        + "kennisbank.webeditor.app-id=proef\nkennisbank.webeditor.local-port=" + port + "\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Path site = tmp.resolve("site");
        assertEquals(
                0,
                CommandRun.of("build", "--source", source.toString(), "--output", site.toString())
                        .exitCode(),
                "the site builds");

        try (DecapServer backend = DecapServer.start(source, port, tmp);
                StaticServer server = StaticServer.serve(site);
                Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            driver.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument",
                    java.util.Map.of(
                            "source",
                            "window.__csp = [];"
                                    + "document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"));
            driver.get(server.url("admin/"));
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            try {
                By login = By.xpath("//button[normalize-space(.)='Inloggen']");
                wait.until(d -> !d.findElements(login).isEmpty());
                driver.findElement(login).click();
                driver.get(server.url("admin/#/collections/praktijkvoorbeelden/new"));
                wait.until(d -> !d.findElements(By.cssSelector("label[for]")).isEmpty());
                type(driver, "Titel", 1, "Huiswerkklas in de wijk");
                type(driver, "Samenvatting", 1, "Kinderen maken hun huiswerk samen, met hulp van vrijwilligers.");
                driver.findElement(By.xpath(
                                "//label[normalize-space(.)='Datum']/following::button[normalize-space(.)='Nu'][1]"))
                        .click();
                choose(driver, "Status", "Gepubliceerd");
                choose(driver, "Sectoren", "Onderwijs");
                choose(driver, "Themas", "Meedoen");
                choose(driver, "Pijlers", "Activeren");
                choose(driver, "Gemeenten", "Gravenhage");
                driver.findElement(By.xpath("//button[contains(normalize-space(.), 'Voeg bronnen toe')]"))
                        .click();
                wait.until(d -> d.findElements(By.xpath(label("Titel"))).size() == 2);
                type(driver, "Titel", 2, "Armoede in Nederland 2024");
                type(driver, "Uitgever", 1, "Sociaal en Cultureel Planbureau");
                type(driver, "Datum", 2, "2024");
                WebElement body = driver.findElement(By.cssSelector("[contenteditable=true]"));
                body.click();
                body.sendKeys("Kinderen leren samen na school.");
                driver.findElement(By.xpath("//*[@role='button'][normalize-space(.)='Publiceer']"))
                        .click();
                By now = By.xpath("//*[@role='menuitem'][normalize-space(.)='Publiceer nu']");
                wait.until(d -> !d.findElements(now).isEmpty());
                driver.findElement(now).click();
                Path saved = source.resolve("content/praktijkvoorbeelden/huiswerkklas-in-de-wijk.md");
                wait.until(d -> complete(saved));
                assertEquals(
                        List.of(),
                        driver.executeScript("return window.__csp"),
                        "Decap works within the policy of /admin/");
            } catch (RuntimeException | Error e) {
                Files.createDirectories(Path.of("target"));
                Files.write(Path.of("target/webredactie.png"), driver.getScreenshotAs(OutputType.BYTES));
                Files.writeString(Path.of("target/webredactie.html"), driver.getPageSource());
                throw new AssertionError("see target/webredactie.png; decap-server said: " + backend.log(), e);
            }
            Path saved = source.resolve("content/praktijkvoorbeelden/huiswerkklas-in-de-wijk.md");
            String text = Files.readString(saved);
            CommandRun check = CommandRun.of("check", "--source", source.toString());
            assertEquals(0, check.exitCode(), () -> text + "\n" + check.err());
            assertFalse(
                    check.err().contains("huiswerkklas-in-de-wijk.md"),
                    () -> "no problem at all in the saved file:\n" + text + "\n" + check.err());
            assertTrue(
                    text.contains("titel: Huiswerkklas in de wijk")
                            && text.contains("'s-Gravenhage")
                            && text.contains("uitgever: Sociaal en Cultureel Planbureau"),
                    text);
        }
    }

    /**
     * Types into a field and waits until the field holds exactly that text. Decap can re-render the form while keys
     * arrive (seen once in CI: the title came out as "k" and the entry was saved as k.md); then it types again.
     */
    private static void type(WebDriver driver, String label, int nth, String text) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            WebElement field = input(driver, label, nth);
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            field.sendKeys(text);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(d -> text.equals(input(d, label, nth).getDomProperty("value")));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
                System.err.println("Decap lost keys in '" + label + "' (attempt " + attempt + "), typing again");
            }
        }
        throw new AssertionError("the field '" + label + "' does not keep '" + text + "'");
    }

    private static void choose(WebDriver driver, String label, String option) {
        WebElement input = input(driver, label, 1);
        input.sendKeys(option);
        input.sendKeys(Keys.ENTER);
    }

    /** The nth field with this label; Decap adds " (optioneel)" to the labels of optional fields. */
    private static WebElement input(WebDriver driver, String label, int nth) {
        WebElement l = driver.findElements(By.xpath(label(label))).get(nth - 1);
        return driver.findElement(By.id(l.getAttribute("for")));
    }

    private static String label(String text) {
        return "//label[normalize-space(.)='" + text + "' or normalize-space(.)='" + text + " (optioneel)']";
    }

    /** The file is there and written to its end (the body comes last). */
    private static boolean complete(Path file) {
        try {
            return Files.exists(file) && Files.readString(file).contains("Kinderen leren samen na school.");
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
