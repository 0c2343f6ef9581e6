package nl.kennisbank.search;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Dictionary compound splitting as Lucene's {@code DictionaryCompoundWordTokenFilter} does it with its longest match
 * (the word, then its parts at the same position and offsets, typed {@code subword}), except that a part's letters
 * are used up (longest part per start, left to right) and protected words (Leergeld, names) stay whole. Each word is
 * split once per token stream instance: its {@link WordMemo} keeps its parts' memos, which go with the part tokens,
 * so the filters after this one need not look the parts up either (Lucene reuses one chain per thread).
 */
final class CompoundSplitter extends TokenFilter {

    private static final WordMemo[] NO_PARTS = new WordMemo[0];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final WordMemoAttribute memo = addAttribute(WordMemoAttribute.class);

    private final CharArraySet dictionary;
    private final PartPrefixes prefixes;
    private final int minWord;
    private final int minPart;
    private final int maxPart;
    private final WordMemory memory;

    /** The word whose parts follow it, as it left this filter; null when none follow. */
    private State word;
    /** Its parts; the next one to pass on is {@code parts[next]}. */
    private WordMemo[] parts = NO_PARTS;

    private int next;

    CompoundSplitter(
            TokenStream input,
            CharArraySet dictionary,
            PartPrefixes prefixes,
            int minWord,
            int minPart,
            int maxPart,
            WordMemory memory) {
        super(input);
        this.dictionary = dictionary;
        this.prefixes = prefixes;
        this.minWord = minWord;
        this.minPart = minPart;
        this.maxPart = maxPart;
        this.memory = memory;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < parts.length) {
            WordMemo part = parts[next++];
            restoreState(word); // every other attribute as the word had it, offsets included
            term.setEmpty().append(part.word);
            increment.setPositionIncrement(0);
            type.setType(CompoundWordTokenFilterBase.TOKEN_TYPE_SUBWORD);
            memo.memo(part);
            return true;
        }
        word = null;
        parts = NO_PARTS;
        next = 0;
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() >= minWord && !keyword.isKeyword()) {
            WordMemo whole = memory.of(term, memo);
            if (whole.parts == null) {
                whole.parts = split(term.buffer(), term.length());
            }
            if (whole.parts.length > 0) {
                parts = whole.parts;
                word = captureState();
            }
        }
        return true;
    }

    /**
     * From left to right, the longest dictionary part at each position not already inside an earlier part. Only the
     * lengths a part starting there can have are looked up ({@link PartPrefixes}).
     */
    private WordMemo[] split(char[] chars, int length) {
        WordMemo[] found = new WordMemo[length];
        int n = 0;
        for (int start = 0; start + minPart <= length; start++) {
            int longest = prefixes.longestAt(chars, start);
            for (int size = Math.min(Math.min(maxPart, longest), length - start); size >= minPart; size--) {
                if (dictionary.contains(chars, start, size)) {
                    found[n++] = memory.of(chars, start, size);
                    start += size - 1; // a part's letters are used up: "medewerker" does not also yield "werker"
                    break;
                }
            }
        }
        return n == 0 ? NO_PARTS : java.util.Arrays.copyOf(found, n);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        word = null;
        parts = NO_PARTS;
        next = 0;
    }
}
