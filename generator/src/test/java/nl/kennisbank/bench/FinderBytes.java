package nl.kennisbank.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.kennisbank.browser.Browser;
import nl.kennisbank.browser.StaticServer;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Bytes the practice finder costs in a real headless Chromium with a fresh profile per view, counted by the server
 * (no compression): the first view of {@code /praktijkvoorbeelden/}, and a shared filtered URL opened cold. Prints
 * per view the bytes of HTML, script and index data (the budget), and of the style sheets besides.
 *
 * <p>Usage: {@code FinderBytes site [query …]}, e.g. {@code FinderBytes target/site "sector=jgz&provincie=utrecht"}
 */
public final class FinderBytes {

    private FinderBytes() {}

    public static void main(String[] args) {
        Path site = Path.of(args[0]);
        List<String> queries =
                args.length > 1 ? List.of(args).subList(1, args.length) : List.of("sector=jgz&provincie=utrecht");
        System.out.println(
                "| view | HTML (KB) | script (KB) | index data (KB) | HTML + script + data (KB) | CSS besides (KB) |");
        System.out.println("|---|---|---|---|---|---|");
        row("first view", measure(site, ""));
        for (String query : queries) {
            row("?" + query, measure(site, query));
        }
    }

    private static void row(String view, long[] b) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                view,
                b[0] / 1000.0,
                b[1] / 1000.0,
                b[2] / 1000.0,
                (b[0] + b[1] + b[2]) / 1000.0,
                b[3] / 1000.0);
    }

    /** Bytes of HTML, script, index data and CSS for one cold view; waits until the finder has shown its answer. */
    private static long[] measure(Path site, String query) {
        try (StaticServer server = StaticServer.serve(site);
                Browser browser = Browser.open()) {
            String url = server.url("praktijkvoorbeelden/" + (query.isEmpty() ? "" : "?" + query));
            browser.driver().get(url);
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
            wait.until(d -> d.findElement(By.id("vinder")).isDisplayed());
            if (!query.isEmpty()) {
                // The index lies in a folder named after its build (zoeken/index/<build>/doc/N.json); an empty answer
                // loads none.
                wait.until(d -> Boolean.TRUE.equals(browser.driver()
                        .executeScript("return !document.getElementById('vinder-lijst').hasAttribute('aria-busy')"
                                + " && (performance.getEntriesByType('resource').some((e) => /\\/zoeken\\/index\\/([^/]+\\/)?doc\\//.test(e.name))"
                                + " || document.querySelectorAll('#vinder-lijst > li').length === 0)")));
            }
            wait.until(d -> Boolean.TRUE.equals(browser.driver()
                    .executeScript("return performance.getEntriesByType('resource').every((e) => e.responseEnd > 0)")));
            long[] bytes = new long[4];
            List<String> kinds = List.of("/praktijkvoorbeelden/", "/js/", "/zoeken/index/", "/css/");
            for (StaticServer.Response r : server.takeResponses()) {
                for (int i = 0; i < kinds.size(); i++) {
                    if (r.path().startsWith(kinds.get(i))) {
                        bytes[i] += r.bytes();
                    }
                }
            }
            return bytes;
        }
    }
}
