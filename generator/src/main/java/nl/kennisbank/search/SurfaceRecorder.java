package nl.kennisbank.search;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Notes every folded word form that passes, split the way the browser splits a query (on anything that is not a
 * letter or digit), so the lexicon knows the site's word forms without tokenising the site a second time. Attaches
 * the word's memo to the token, so the filters after it need not look the word up again.
 */
final class SurfaceRecorder extends TokenFilter {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> sink;
    private final WordMemory memory;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final WordMemoAttribute memo = addAttribute(WordMemoAttribute.class);

    SurfaceRecorder(TokenStream input, Set<String> sink, WordMemory memory) {
        super(input);
        this.sink = sink;
        this.memory = memory;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        record(memory.of(term, memo), sink);
        return true;
    }

    /** Adds the word's forms to the sink, once per token stream. */
    static void record(WordMemo word, Set<String> sink) {
        if (word.recorded) {
            return;
        }
        word.recorded = true;
        if (isPlain(word.word)) {
            sink.add(word.word);
        } else {
            for (String part : NON_WORD.split(word.word)) {
                if (!part.isEmpty()) {
                    sink.add(part);
                }
            }
        }
    }

    private static boolean isPlain(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetterOrDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
