package nl.kennisbank.search;

import java.util.LinkedHashMap;
import java.util.Map;

/** The indexed fields and their weights: title ≫ headings > summary and tags > body. */
final class Fields {

    static final String TITLE = "title";
    static final String HEADINGS = "headings";
    static final String SUMMARY = "summary";
    static final String TAGS = "tags";
    static final String BODY = "body";
    static final String ORDINAL = "ordinal";

    /** Field weights, the boosts of the reference Lucene query too. */
    static final Map<String, Float> WEIGHTS = weights();

    private Fields() {}

    private static Map<String, Float> weights() {
        Map<String, Float> w = new LinkedHashMap<>();
        w.put(TITLE, 8f);
        w.put(HEADINGS, 3f);
        w.put(SUMMARY, 2f);
        w.put(TAGS, 2f);
        w.put(BODY, 1f);
        return java.util.Collections.unmodifiableMap(w);
    }
}
