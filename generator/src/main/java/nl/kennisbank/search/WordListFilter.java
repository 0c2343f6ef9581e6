package nl.kennisbank.search;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Drops stop words and marks protected words as keywords: Lucene's {@code StopFilter} followed by its
 * {@code SetKeywordMarkerFilter}, with the same tokens and positions, but each word form is checked against the lists
 * once per token stream (its {@link WordMemo}) instead of every time it occurs.
 */
final class WordListFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final WordMemoAttribute memo = addAttribute(WordMemoAttribute.class);
    private final WordMemory memory;

    WordListFilter(TokenStream input, WordMemory memory) {
        super(input);
        this.memory = memory;
    }

    @Override
    protected boolean accept() {
        WordMemo word = memory.of(term, memo);
        if (word.stopWord) {
            return false;
        }
        if (word.protectedWord) {
            keyword.setKeyword(true);
        }
        return true;
    }
}
