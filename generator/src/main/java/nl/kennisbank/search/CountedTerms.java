package nl.kennisbank.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * For indexing only, at the end of the chain: reads all of a field's tokens, then passes on each distinct term once
 * with its frequency ({@link TermFrequencyAttribute}) instead of once per occurrence, so Lucene's indexing hashes
 * and counts a term once per document instead of once per token. The index is the same: a field indexed with
 * documents and frequencies keeps for each term its documents and frequencies (Lucene adds the frequencies of a
 * term that comes twice), and the norm of BM25 counts the field's length as the sum of the frequencies minus the
 * tokens at position increment 0 ({@code discountOverlaps}). So exactly as many tokens as the chain put at
 * increment 0 are passed on at increment 0 (a term is split into tokens of frequency 1 where there are fewer
 * distinct terms than that); which ones does not matter, as positions are not indexed. Lucene refuses a frequency
 * other than 1 in a field with positions, so this filter cannot silently spoil such a field. Offsets are not
 * indexed either; every token passed on has offsets 0–0.
 */
final class CountedTerms extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final WordMemoAttribute memo = addAttribute(WordMemoAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);

    private final TermTally tally = new TermTally();

    private boolean counted;
    /** Tokens still to pass on at position increment 0. */
    private int overlaps;
    /** Tokens of frequency 1 still to split off, so that there are tokens enough for the overlaps. */
    private int splits;
    /** The entry being passed on, and how many of its occurrences are not yet. */
    private int entry;

    private int left;
    private boolean first;

    CountedTerms(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!counted) {
            count();
        }
        if (left == 0) {
            if (++entry >= tally.size()) {
                return false;
            }
            left = tally.count(entry);
        }
        int freq = left;
        if (splits > 0 && left > 1) {
            freq = 1;
            splits--;
        }
        left -= freq;
        clearAttributes();
        tally.copyTerm(entry, term);
        frequency.setTermFrequency(freq);
        if (first || overlaps == 0) {
            first = false;
            increment.setPositionIncrement(1);
        } else {
            overlaps--;
            increment.setPositionIncrement(0);
        }
        return true;
    }

    private void count() throws IOException {
        counted = true;
        int tokens = 0;
        int atZero = 0;
        while (input.incrementToken()) {
            tokens++;
            if (increment.getPositionIncrement() == 0) {
                atZero++;
            }
            tally.add(memo.memo(), keyword.isKeyword(), term);
        }
        overlaps = atZero;
        splits = Math.max(0, Math.min(atZero + 1, tokens) - tally.size());
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tally.clear();
        counted = false;
        overlaps = 0;
        splits = 0;
        entry = -1;
        left = 0;
        first = true;
    }
}
