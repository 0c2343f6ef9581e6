package nl.kennisbank.search;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The word lists the chain checks every token against: its stop words, its protected words and the first words of
 * the phrases that add an abbreviation ({@link PhraseAbbreviationFilter}). A {@link WordMemo} answers them once per
 * word form, so a token is not looked up in each list again.
 *
 * @param phraseStarts first words of phrases (only the keys are read), or null when the chain adds no abbreviations
 */
record WordLists(CharArraySet stopWords, CharArraySet protectedWords, CharArrayMap<?> phraseStarts) {

    boolean isStopWord(char[] buffer, int offset, int length) {
        return stopWords.contains(buffer, offset, length);
    }

    boolean isProtected(char[] buffer, int offset, int length) {
        return protectedWords.contains(buffer, offset, length);
    }

    boolean startsPhrase(char[] buffer, int offset, int length) {
        return phraseStarts != null && phraseStarts.containsKey(buffer, offset, length);
    }
}
