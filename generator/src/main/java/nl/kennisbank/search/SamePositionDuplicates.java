package nl.kennisbank.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops a token whose term an earlier token at the same position already has (a compound part that stems like its
 * word): what Lucene's {@code RemoveDuplicatesTokenFilter} does, without a set to clear and a copy of the term to
 * allocate for every token. A position holds one term or a few (a word and its parts), so they are compared in turn,
 * in buffers reused from token to token.
 */
final class SamePositionDuplicates extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    /** The terms passed on at the current position: {@code seen[i]}, its first {@code lengths[i]} characters. */
    private char[][] seen = new char[4][16];

    private int[] lengths = new int[4];
    private int count;

    SamePositionDuplicates(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (increment.getPositionIncrement() > 0) {
                count = 0;
            } else if (isSeen()) {
                continue;
            }
            remember();
            return true;
        }
        return false;
    }

    private boolean isSeen() {
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < count; i++) {
            if (lengths[i] == length && Arrays.equals(seen[i], 0, length, buffer, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private void remember() {
        if (count == seen.length) {
            seen = Arrays.copyOf(seen, 2 * count);
            lengths = Arrays.copyOf(lengths, 2 * count);
        }
        int length = term.length();
        if (seen[count] == null || seen[count].length < length) {
            seen[count] = new char[Math.max(length, 16)];
        }
        System.arraycopy(term.buffer(), 0, seen[count], 0, length);
        lengths[count++] = length;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        count = 0;
    }
}
