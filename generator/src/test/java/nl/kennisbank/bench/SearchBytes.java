package nl.kennisbank.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kennisbank.browser.Browser;
import nl.kennisbank.browser.StaticServer;

/**
 * Bytes a cold one-word query costs in a real headless Chromium (fresh profile per query, no compression on the
 * wire), counted by the server, so requests from Pagefind's web worker count too: ours (both JS modules and the
 * index files) for the top 10 results with snippets, and Pagefind's (pagefind.js, worker, WASM, index chunks and
 * fragments) for its top 10 results with their excerpts. Only the search's own files count (paths under /js/ and
 * /zoeken/index/, or /pagefind/), not the page the query runs on.
 * Prints one Markdown table row per query.
 *
 * <p>Usage: {@code SearchBytes ourSite hugoSiteWithPagefind query…} ({@code -} for the Hugo site: ours only)
 */
public final class SearchBytes {

    private static final String OURS = """
            const [query, done] = arguments;
            await import(new URL('js/zoeken.js', location.origin + '/').href);
            const m = await import(new URL('js/zoekmachine.js', location.origin + '/').href);
            const answer = await m.search(query, { limit: 10 });
            done({ results: answer.results.length, total: answer.total, then: 'counts' });
            """;

    private static final String PAGEFIND = """
            const [query, done] = arguments;
            const pf = await import(new URL('pagefind/pagefind.js', location.origin + '/').href);
            await pf.init();
            const search = await pf.search(query);
            const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
            done({ results: data.length, total: search.results.length });
            """;

    private SearchBytes() {}

    public static void main(String[] args) throws Exception {
        Path ours = Path.of(args[0]);
        Path hugo = Path.of(args[1]);
        List<String> queries = List.of(args).subList(2, args.length);
        System.out.println("| query | tool | results | top-10 bytes (KB) | with exact filter counts (KB) |");
        System.out.println("|---|---|---|---|---|");
        for (String query : queries) {
            row(query, "ours", measure(ours, "404.html", OURS, query, "/js/", "/zoeken/index/"));
            if (!hugo.toString().equals("-")) { // "-": our search only
                row(query, "pagefind", measure(hugo, "", PAGEFIND, query, "/pagefind/"));
            }
        }
    }

    private static void row(String query, String tool, Map<String, Object> m) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %s of %s | %.1f | %.1f |%n",
                query,
                tool,
                m.get("results"),
                m.get("total"),
                ((Number) m.get("bytes")).doubleValue() / 1000,
                ((Number) m.get("withCounts")).doubleValue() / 1000);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(
            Path site, String page, String script, String query, String... searchFiles) {
        try (StaticServer server = StaticServer.serve(site);
                Browser browser = Browser.open()) {
            browser.driver().get(server.url(page));
            server.takeBytesServed();
            Map<String, Object> result = new java.util.HashMap<>(run(browser, script, query, site));
            long bytes = server.takeBytesServed(searchFiles);
            if (Boolean.getBoolean("kennisbank.serverLog")) {
                System.err.println("-- top results shown: " + bytes + " bytes");
            }
            result.put("bytes", bytes);
            result.put("withCounts", bytes);
            if ("counts".equals(result.get("then"))) {
                run(browser, COUNTS, query, site);
                result.put("withCounts", bytes + server.takeBytesServed(searchFiles));
            }
            return result;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(Browser browser, String script, String query, Path site) {
        String async =
                "(async () => {" + script + "})().catch((e) => arguments[arguments.length - 1]({ error: String(e) }));";
        Map<String, Object> result = (Map<String, Object>) browser.driver().executeAsyncScript(async, query);
        if (result.containsKey("error")) {
            throw new IllegalStateException(site + ": " + result.get("error"));
        }
        return result;
    }

    private static final String COUNTS = """
            const [query, done] = arguments;
            const m = await import(new URL('js/zoekmachine.js', location.origin + '/').href);
            await m.search(query, { limit: 10, counts: true });
            done({});
            """;
}
