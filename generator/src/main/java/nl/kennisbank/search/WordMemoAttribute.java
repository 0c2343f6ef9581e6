package nl.kennisbank.search;

import org.apache.lucene.util.Attribute;

/** The {@link WordMemo} of the current token, so later filters need not look the word up again. */
interface WordMemoAttribute extends Attribute {

    WordMemo memo();

    void memo(WordMemo memo);
}
