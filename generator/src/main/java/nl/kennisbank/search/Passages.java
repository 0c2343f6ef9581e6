package nl.kennisbank.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Short passages per document for result snippets: the summary and sentences spread over the text. The browser
 * shows the passage with the most matched words and marks them.
 */
final class Passages {

    /**
     * Passages per document. The ten documents of a first page are a fifth of a cold query's bytes; six instead of
     * eight took 1.6 KB off every query at 1,000 realistic documents, and kept the budget of 40 KB.
     */
    private static final int MAX_PASSAGES = 6;

    private static final int MIN_LENGTH = 40;
    private static final int MAX_LENGTH = 220;

    private Passages() {}

    static List<String> of(SearchDocument doc) {
        List<String> sentences = new ArrayList<>();
        for (String s : sentences(doc.body())) {
            String t = s.strip();
            if (t.length() >= MIN_LENGTH) {
                sentences.add(t.length() > MAX_LENGTH ? shortened(t) : t);
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

    /** The text cut after a sentence's end (., ! or ? before white space) and at every line break. */
    static List<String> sentences(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean sentenceEnd =
                    (c == '.' || c == '!' || c == '?') && i + 1 < text.length() && isSpace(text.charAt(i + 1));
            if (sentenceEnd || c == '\n') {
                pieces.add(text.substring(start, sentenceEnd ? i + 1 : i));
                i++;
                while (i < text.length() && (sentenceEnd ? isSpace(text.charAt(i)) : text.charAt(i) == '\n')) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** A long sentence cut at its last space before the limit (or at the limit when it has none), with an ellipsis. */
    private static String shortened(String sentence) {
        int cut = sentence.lastIndexOf(' ', MAX_LENGTH);
        if (cut <= 0) {
            cut = Character.isHighSurrogate(sentence.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        }
        return sentence.substring(0, cut) + " …";
    }
}
