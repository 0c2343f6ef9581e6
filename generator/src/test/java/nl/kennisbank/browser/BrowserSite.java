package nl.kennisbank.browser;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A built site served on loopback and a headless Chromium for one test class:
 * {@code @RegisterExtension static final BrowserSite site = new BrowserSite(ExampleSite::build);}.
 * Started before the class's tests, closed after them.
 */
public final class BrowserSite implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<Path> siteFolder;
    private StaticServer server;
    private Browser browser;

    public BrowserSite(Supplier<Path> siteFolder) {
        this.siteFolder = siteFolder;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = StaticServer.serve(siteFolder.get());
        browser = Browser.open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    public ChromeDriver driver() {
        return browser.driver();
    }

    /** The absolute URL of a site path such as {@code zoeken/?q=armoede}. */
    public String url(String sitePath) {
        return server.url(sitePath);
    }

    /** Opens a site path in the browser. */
    public void open(String sitePath) {
        driver().get(url(sitePath));
    }
}
