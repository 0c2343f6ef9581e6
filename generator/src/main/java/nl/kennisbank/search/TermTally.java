package nl.kennisbank.search;

import java.util.Arrays;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The distinct terms of one field of one document and how often each occurs, for {@link CountedTerms}. A token is
 * recognised by its word's {@link WordMemo} and whether it is a keyword (which decide its term: the word or its
 * stem), so counting a token costs an identity probe in a small table, not a hash of its characters; the term's
 * characters are copied once, when the term is first seen. A token without a memo is its own entry. Owned by one
 * token stream; cleared for each field.
 */
final class TermTally {

    /** Open addressing over entries: {@code slots[i]} is an entry + 1, or 0 when free. */
    private int[] slots = new int[1 << 10];

    private WordMemo[] memos = new WordMemo[1 << 9];
    private boolean[] keywords = new boolean[1 << 9];
    private int[] counts = new int[1 << 9];
    private int[] starts = new int[1 << 9];
    private int[] lengths = new int[1 << 9];
    private char[] chars = new char[1 << 12];
    private int charsUsed;
    private int size;

    /** Counts one token: its word's memo (or null), whether it is a keyword, and its term. */
    void add(WordMemo memo, boolean keyword, CharTermAttribute term) {
        if (memo == null) {
            append(null, keyword, term);
            return;
        }
        int mask = slots.length - 1;
        int slot = (System.identityHashCode(memo) * 0x9E3779B9 + (keyword ? 1 : 0)) & mask;
        for (int at = slots[slot]; at != 0; at = slots[slot]) {
            int entry = at - 1;
            if (memos[entry] == memo && keywords[entry] == keyword) {
                counts[entry]++;
                return;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = append(memo, keyword, term) + 1;
        if (size > slots.length / 2) {
            rehash(slots.length * 2);
        }
    }

    /** The number of entries. */
    int size() {
        return size;
    }

    /** How often entry {@code entry} occurred. */
    int count(int entry) {
        return counts[entry];
    }

    /** Puts entry {@code entry}'s term into {@code term}. */
    void copyTerm(int entry, CharTermAttribute term) {
        term.copyBuffer(chars, starts[entry], lengths[entry]);
    }

    /** Empties the tally for the next field; its arrays stay as large as they grew. */
    void clear() {
        if (size > 0) {
            Arrays.fill(slots, 0);
            Arrays.fill(memos, 0, size, null);
        }
        size = 0;
        charsUsed = 0;
    }

    private int append(WordMemo memo, boolean keyword, CharTermAttribute term) {
        if (size == counts.length) {
            int capacity = 2 * size;
            memos = Arrays.copyOf(memos, capacity);
            keywords = Arrays.copyOf(keywords, capacity);
            counts = Arrays.copyOf(counts, capacity);
            starts = Arrays.copyOf(starts, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
        }
        int length = term.length();
        if (charsUsed + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, charsUsed + length));
        }
        System.arraycopy(term.buffer(), 0, chars, charsUsed, length);
        memos[size] = memo;
        keywords[size] = keyword;
        counts[size] = 1;
        starts[size] = charsUsed;
        lengths[size] = length;
        charsUsed += length;
        return size++;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        int mask = capacity - 1;
        for (int entry = 0; entry < size; entry++) {
            WordMemo memo = memos[entry];
            if (memo == null) {
                continue;
            }
            int slot = (System.identityHashCode(memo) * 0x9E3779B9 + (keywords[entry] ? 1 : 0)) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = entry + 1;
        }
    }
}
