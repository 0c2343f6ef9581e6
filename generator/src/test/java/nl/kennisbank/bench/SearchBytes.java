package nl.kennisbank.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kennisbank.browser.Browser;
import nl.kennisbank.browser.StaticServer;

/**
 * Bytes a cold one-word query costs in a real headless Chromium (fresh profile per query, no compression on the
 * wire): our search (js/ modules and zoeken/index/ files) for the top 10 results with snippets, and Pagefind's
 * (everything under /pagefind/) for its top 10 results with their excerpts. Prints one Markdown table row per query.
 *
 * <p>Usage: {@code SearchBytes ourSite hugoSiteWithPagefind query…}
 */
public final class SearchBytes {

    private static final String OURS = """
            const [query, done] = arguments;
            const m = await import(new URL('js/zoekmachine.js', location.origin + '/').href);
            const answer = await m.search(query, { limit: 10 });
            const first = sum();
            await m.search(query, { limit: 10, counts: true });
            done({ results: answer.results.length, total: answer.total, bytes: first, withCounts: sum() });
            function sum() {
              return performance.getEntriesByType('resource').filter((e) => /\\/(js|zoeken\\/index)\\//.test(e.name))
                .reduce((a, e) => a + e.encodedBodySize, 0);
            }
            """;

    private static final String PAGEFIND = """
            const [query, done] = arguments;
            const pf = await import(new URL('pagefind/pagefind.js', location.origin + '/').href);
            await pf.init();
            const search = await pf.search(query);
            const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
            const bytes = performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/'))
              .reduce((a, e) => a + e.encodedBodySize, 0);
            done({ results: data.length, total: search.results.length, bytes, withCounts: bytes });
            """;

    private SearchBytes() {
    }

    public static void main(String[] args) throws Exception {
        Path ours = Path.of(args[0]);
        Path hugo = Path.of(args[1]);
        List<String> queries = List.of(args).subList(2, args.length);
        System.out.println("| query | tool | results | top-10 bytes (KB) | with exact filter counts (KB) |");
        System.out.println("|---|---|---|---|---|");
        for (String query : queries) {
            row(query, "ours", measure(ours, "zoeken/", OURS, query));
            row(query, "pagefind", measure(hugo, "", PAGEFIND, query));
        }
    }

    private static void row(String query, String tool, Map<String, Object> m) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s of %s | %.1f | %.1f |%n", query, tool, m.get("results"), m.get("total"),
                ((Number) m.get("bytes")).doubleValue() / 1000, ((Number) m.get("withCounts")).doubleValue() / 1000);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(Path site, String page, String script, String query) {
        try (StaticServer server = StaticServer.serve(site); Browser browser = Browser.open()) {
            browser.driver().get(server.url(page));
            String async = "(async () => {" + script + "})().catch((e) => arguments[arguments.length - 1]({ error: String(e) }));";
            Map<String, Object> result = (Map<String, Object>) browser.driver().executeAsyncScript(async, query);
            if (result.containsKey("error")) {
                throw new IllegalStateException(site + ": " + result.get("error"));
            }
            return result;
        }
    }
}
