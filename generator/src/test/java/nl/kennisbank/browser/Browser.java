package nl.kennisbank.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven through Selenium, with no
 * network access beyond what the page asks of the loopback server and no browser background traffic.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> BROWSERS =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final ChromeDriver driver;

    private Browser(Path browser, Path driverExecutable) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-default-apps",
                "--disable-extensions",
                "--window-size=1280,900",
                "--lang=nl-NL");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverExecutable.toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /**
     * Opens a headless Chromium. Without one installed the calling test is skipped with a message saying what to
     * install — except when {@code CI=true}, where that is a failure: CI must run every browser test.
     */
    public static Browser open() {
        Optional<Path> browser = first(BROWSERS);
        Optional<Path> driver = first(DRIVERS);
        if (browser.isEmpty() || driver.isEmpty()) {
            String message = "no headless browser: install Debian's chromium and chromium-driver (.ci/run does this)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + "; CI=true requires the browser tests to run");
            }
            Assumptions.abort(message + "; browser tests skipped");
        }
        return new Browser(browser.get(), driver.get());
    }

    private static Optional<Path> first(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
