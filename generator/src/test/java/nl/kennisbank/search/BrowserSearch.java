package nl.kennisbank.search;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/** Runs the site's own search module (js/zoekmachine.js) in the browser and returns what it found, unchanged. */
final class BrowserSearch {

    /** One result: document ordinal, page path, summed impact, query words it matched, and of those as typed. */
    record Hit(int doc, String path, double score, int matched, int whole) {}

    /** One variant of a query word the engine searched for: exact, prefix completion or typo correction. */
    record Variant(String word, String kind, double weight, List<String> terms) {}

    record Answer(int total, List<Hit> hits, List<List<Variant>> words, String suggestion) {
        List<String> paths() {
            return hits.stream().map(Hit::path).toList();
        }
    }

    private static final String SCRIPT = """
            const [query, limit, done] = arguments;
            import(new URL('js/zoekmachine.js', location.origin + '/').href)
              .then((m) => m.search(query, { limit }))
              .then((a) => done({
                total: a.total,
                suggestion: a.suggestion,
                hits: a.results.map((r) => ({ doc: r.doc, path: r.path, score: r.score, matched: r.matched, whole: r.whole })),
                words: a.words.map((w) => w.variants.map((v) => ({ word: v.word, kind: v.kind, weight: v.weight, terms: v.terms.map((t) => t.text) }))),
              }), (e) => done({ error: String(e && e.stack || e) }));
            """;

    private final ChromeDriver driver;

    BrowserSearch(ChromeDriver driver, String anyPageUrl) {
        this.driver = driver;
        driver.get(anyPageUrl);
    }

    @SuppressWarnings("unchecked")
    Answer search(String query, int limit) {
        Map<String, Object> raw = (Map<String, Object>) driver.executeAsyncScript(SCRIPT, query, limit);
        if (raw.containsKey("error")) {
            throw new IllegalStateException("search('" + query + "') failed in the browser: " + raw.get("error"));
        }
        List<Hit> hits = ((List<Map<String, Object>>) raw.get("hits"))
                .stream()
                        .map(h -> new Hit(
                                num(h.get("doc")).intValue(),
                                (String) h.get("path"),
                                num(h.get("score")).doubleValue(),
                                num(h.get("matched")).intValue(),
                                num(h.get("whole")).intValue()))
                        .toList();
        List<List<Variant>> words = ((List<List<Map<String, Object>>>) raw.get("words"))
                .stream()
                        .map(vs -> vs.stream()
                                .map(v -> new Variant(
                                        (String) v.get("word"),
                                        (String) v.get("kind"),
                                        num(v.get("weight")).doubleValue(),
                                        (List<String>) v.get("terms")))
                                .toList())
                        .toList();
        return new Answer(num(raw.get("total")).intValue(), hits, words, (String) raw.get("suggestion"));
    }

    private static Number num(Object o) {
        return (Number) o;
    }
}
