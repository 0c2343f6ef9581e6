package nl.kennisbank.search;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The word memos of one token stream (one per thread: Lucene reuses a chain per thread), shared by its filters so
 * that a token is looked up once, not once per filter: the first filter attaches the memo to the token
 * ({@link WordMemoAttribute}) and the later ones read it from there. Bounded: past {@link #MAX_WORDS} distinct words
 * new words are analysed every time instead of remembered.
 */
final class WordMemory {

    static final int MAX_WORDS = 250_000;

    private final CharArrayMap<WordMemo> memos = new CharArrayMap<>(16_384, false);

    /** The memo of the term, from the token when it carries the right one, else looked up (and remembered). */
    WordMemo of(CharTermAttribute term, WordMemoAttribute attached) {
        WordMemo memo = attached.memo();
        if (memo == null || !memo.isAbout(term.buffer(), term.length())) {
            memo = lookUp(term.buffer(), term.length());
            attached.memo(memo);
        }
        return memo;
    }

    private WordMemo lookUp(char[] buffer, int length) {
        WordMemo memo = memos.get(buffer, 0, length);
        if (memo == null) {
            memo = new WordMemo(new String(buffer, 0, length));
            if (memos.size() < MAX_WORDS) {
                memos.put(memo.word, memo);
            }
        }
        return memo;
    }
}
