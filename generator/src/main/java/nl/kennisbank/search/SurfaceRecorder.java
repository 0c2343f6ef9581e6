package nl.kennisbank.search;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Notes every folded word form that passes, split the way the browser splits a query (on anything that is not a
 * letter or digit), so the lexicon knows the site's word forms without tokenising the site a second time.
 */
final class SurfaceRecorder extends TokenFilter {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> sink;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    /** Words this instance (one per thread) already passed on: most tokens repeat, so most need no new String. */
    private final CharArraySet seen = new CharArraySet(4096, false);

    SurfaceRecorder(TokenStream input, Set<String> sink) {
        super(input);
        this.sink = sink;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (seen.contains(term.buffer(), 0, term.length())) {
            return true;
        }
        String word = term.toString();
        seen.add(word);
        if (isPlain(word)) {
            sink.add(word);
        } else {
            for (String part : NON_WORD.split(word)) {
                if (!part.isEmpty()) {
                    sink.add(part);
                }
            }
        }
        return true;
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
