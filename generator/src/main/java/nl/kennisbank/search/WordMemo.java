package nl.kennisbank.search;

/**
 * What one token stream has learnt about one folded word form: whether the lexicon has it, its compound parts and
 * its stem. Filled lazily by the filters of the chain; owned by one token stream, so by one thread at a time.
 */
final class WordMemo {

    final String word;
    /** The word is in the lexicon's sink already. */
    boolean recorded;
    /** (start, length) pairs of its compound parts; null until split. */
    int[] parts;
    /** Its stem; null until stemmed. */
    String stem;

    WordMemo(String word) {
        this.word = word;
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
