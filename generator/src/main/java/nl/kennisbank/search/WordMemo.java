package nl.kennisbank.search;

/**
 * What one token stream has learnt about one folded word form: which of the chain's word lists hold it (answered
 * when the memo is made), whether the lexicon has it, its compound parts and its stem (filled lazily by the filters
 * of the chain). Owned by one token stream, so by one thread at a time.
 */
final class WordMemo {

    final String word;
    /** The word's characters, compared directly when a token is matched to its memo (no String in between). */
    private final char[] chars;
    /** A stop word: the chain drops it. */
    final boolean stopWord;
    /** A protected word: stays whole and unstemmed. */
    final boolean protectedWord;
    /** The first word of a phrase that adds an abbreviation. */
    final boolean startsPhrase;
    /** The word is in the lexicon's sink already. */
    boolean recorded;
    /** The memos of its compound parts, in order; null until split. */
    WordMemo[] parts;
    /** Its stem; null until stemmed. */
    String stem;

    WordMemo(char[] buffer, int offset, int length, WordLists lists) {
        this.chars = java.util.Arrays.copyOfRange(buffer, offset, offset + length);
        this.word = new String(chars);
        this.stopWord = lists.isStopWord(buffer, offset, length);
        this.protectedWord = lists.isProtected(buffer, offset, length);
        this.startsPhrase = lists.startsPhrase(buffer, offset, length);
    }

    /** Whether this memo is about the given characters (a filter may have changed the term since it was attached). */
    boolean isAbout(char[] buffer, int offset, int length) {
        return chars.length == length && java.util.Arrays.equals(chars, 0, length, buffer, offset, offset + length);
    }
}
