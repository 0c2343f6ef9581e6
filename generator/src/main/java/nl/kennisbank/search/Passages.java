package nl.kennisbank.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Short passages per document for result snippets: the summary and sentences spread over the text. The browser
 * shows the passage with the most matched words and marks them.
 */
final class Passages {

    private static final int MAX_PASSAGES = 8;
    private static final int MIN_LENGTH = 40;
    private static final int MAX_LENGTH = 220;

    private Passages() {
    }

    static List<String> of(SearchDocument doc) {
        List<String> sentences = new ArrayList<>();
        for (String s : doc.body().split("(?<=[.!?])\\s+|\\n+")) {
            String t = s.strip();
            if (t.length() >= MIN_LENGTH) {
                sentences.add(t.length() > MAX_LENGTH ? t.substring(0, t.lastIndexOf(' ', MAX_LENGTH)) + " …" : t);
            }
        }
        List<String> passages = new ArrayList<>();
        if (!doc.summary().isBlank()) {
            passages.add(doc.summary());
        }
        int wanted = MAX_PASSAGES - passages.size();
        if (sentences.size() <= wanted) {
            passages.addAll(sentences);
        } else {
            for (int i = 0; i < wanted; i++) {
                passages.add(sentences.get(i * sentences.size() / wanted));
            }
        }
        return passages;
    }
}
