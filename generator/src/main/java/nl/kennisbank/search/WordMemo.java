package nl.kennisbank.search;

/**
 * What one token stream has learnt about one folded word form: which of the chain's word lists hold it (answered
 * when the memo is made), whether the lexicon has it, its compound parts and its stem (filled lazily by the filters
 * of the chain). Owned by one token stream, so by one thread at a time.
 */
final class WordMemo {

    final String word;
    /** A stop word: the chain drops it. */
    final boolean stopWord;
    /** A protected word: stays whole and unstemmed. */
    final boolean protectedWord;
    /** The first word of a phrase that adds an abbreviation. */
    final boolean startsPhrase;
    /** The word is in the lexicon's sink already. */
    boolean recorded;
    /** (start, length) pairs of its compound parts; null until split. */
    int[] parts;
    /** Its stem; null until stemmed. */
    String stem;

    WordMemo(char[] buffer, int length, WordLists lists) {
        this.word = new String(buffer, 0, length);
        this.stopWord = lists.isStopWord(buffer, length);
        this.protectedWord = lists.isProtected(buffer, length);
        this.startsPhrase = lists.startsPhrase(buffer, length);
    }

    /** Whether this memo is about the given characters (a filter may have changed the term since it was attached). */
    boolean isAbout(char[] buffer, int length) {
        if (word.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (word.charAt(i) != buffer[i]) {
                return false;
            }
        }
        return true;
    }
}
