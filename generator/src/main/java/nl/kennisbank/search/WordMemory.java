package nl.kennisbank.search;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The word memos of one token stream (one per thread: Lucene reuses a chain per thread), shared by its filters so
 * that a token is looked up once, not once per filter: the first filter attaches the memo to the token
 * ({@link WordMemoAttribute}) and the later ones read it from there. An open-addressing table with the hashes kept
 * apart (a site has a hundred thousand word forms or more; a probe compares ints, and only a matching hash reads
 * the memo and its characters). Bounded: past {@link #MAX_WORDS} distinct words new words are analysed every time instead of remembered.
 */
final class WordMemory {

    static final int MAX_WORDS = 1 << 18;

    private int[] hashes = new int[1 << 14];
    private WordMemo[] memos = new WordMemo[1 << 14];
    private int size;
    private final WordLists lists;

    WordMemory(WordLists lists) {
        this.lists = lists;
    }

    /** The memo of the term, from the token when it carries the right one, else looked up (and remembered). */
    WordMemo of(CharTermAttribute term, WordMemoAttribute attached) {
        WordMemo memo = attached.memo();
        if (memo == null || !memo.isAbout(term.buffer(), 0, term.length())) {
            memo = of(term.buffer(), 0, term.length());
            attached.memo(memo);
        }
        return memo;
    }

    /** The memo of the characters {@code buffer[offset, offset + length)}, looked up (and remembered). */
    WordMemo of(char[] buffer, int offset, int length) {
        int hash = hash(buffer, offset, length);
        int mask = memos.length - 1;
        int slot = hash & mask;
        for (int h = hashes[slot]; h != 0; h = hashes[slot]) { // a free slot's hash is 0; a word's never is
            if (h == hash) {
                WordMemo m = memos[slot];
                if (m.isAbout(buffer, offset, length)) {
                    return m;
                }
            }
            slot = (slot + 1) & mask;
        }
        WordMemo memo = new WordMemo(buffer, offset, length, lists);
        if (size < MAX_WORDS) {
            hashes[slot] = hash;
            memos[slot] = memo;
            if (++size > memos.length / 2) {
                grow();
            }
        }
        return memo;
    }

    private void grow() {
        int[] oldHashes = hashes;
        WordMemo[] oldMemos = memos;
        hashes = new int[oldMemos.length * 2];
        memos = new WordMemo[oldMemos.length * 2];
        int mask = memos.length - 1;
        for (int i = 0; i < oldMemos.length; i++) {
            if (oldHashes[i] != 0) {
                int slot = oldHashes[i] & mask;
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                memos[slot] = oldMemos[i];
            }
        }
    }

    /** The characters' polynomial hash, its bits mixed (murmur3's finaliser) so that the low bits pick slots well. */
    private static int hash(char[] buffer, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + buffer[i];
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h == 0 ? 1 : h; // 0 marks a free slot
    }
}
