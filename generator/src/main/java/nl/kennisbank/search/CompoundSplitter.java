package nl.kennisbank.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's dictionary compound splitting (longest part first, its letters used up), plus two things the chain
 * needs: protected words (Leergeld, names) stay whole, and each word is split once per token stream instance (its
 * {@link WordMemo}, shared with the other filters of the chain; Lucene reuses one chain per thread).
 */
final class CompoundSplitter extends DictionaryCompoundWordTokenFilter {

    private static final int[] NO_PARTS = new int[0];

    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final WordMemoAttribute memo = addAttribute(WordMemoAttribute.class);
    private final WordMemory memory;

    CompoundSplitter(TokenStream input, CharArraySet parts, int minWord, int minPart, int maxPart, WordMemory memory) {
        super(input, parts, minWord, minPart, maxPart, true, true);
        this.memory = memory;
    }

    @Override
    protected void decompose() {
        if (keyword.isKeyword()) {
            return;
        }
        WordMemo word = memory.of(termAtt, memo);
        int[] parts = word.parts;
        if (parts == null) {
            parts = split(termAtt.buffer(), termAtt.length());
            word.parts = parts;
        }
        for (int k = 0; k < parts.length; k += 2) {
            tokens.add(new CompoundToken(parts[k], parts[k + 1]));
        }
    }

    /** From left to right, the longest dictionary part at each position not already inside an earlier part. */
    private int[] split(char[] word, int length) {
        int[] found = new int[2 * length];
        int n = 0;
        for (int start = 0; start + minSubwordSize <= length; start++) {
            for (int size = Math.min(maxSubwordSize, length - start); size >= minSubwordSize; size--) {
                if (dictionary.contains(word, start, size)) {
                    found[n++] = start;
                    found[n++] = size;
                    start += size - 1; // a part's letters are used up: "medewerker" does not also yield "werker"
                    break;
                }
            }
        }
        return n == 0 ? NO_PARTS : java.util.Arrays.copyOf(found, n);
    }
}
