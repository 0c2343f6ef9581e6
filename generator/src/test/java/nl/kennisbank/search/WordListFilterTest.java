package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The memoised word-list filter gives what Lucene's stop filter followed by its keyword marker gives. */
class WordListFilterTest {

    private static final CharArraySet STOP = new CharArraySet(List.of("de", "het", "een", "en", "van"), false);
    private static final CharArraySet PROTECTED = new CharArraySet(List.of("leergeld", "vve"), false);

    @Test
    void dropsStopWordsAndMarksProtectedWordsAsLucenesFiltersDo() throws IOException {
        // words repeat, so later occurrences are answered from the memo
        String text = "de leergeld van het gezin en de vve van een gezin leergeld de de kinderen vve het einde";
        List<String> lucene = tokens(text, in -> new SetKeywordMarkerFilter(new StopFilter(in, STOP), PROTECTED));
        List<String> ours = tokens(
                text,
                in -> new WordListFilter(
                        in, new WordMemory(new WordLists(STOP, PROTECTED, new CharArrayMap<>(0, false)))));
        assertEquals(lucene, ours);
        assertEquals("leergeld+2 keyword", lucene.getFirst());
    }

    /** Each token as "term+increment", with " keyword" when marked. */
    private static List<String> tokens(String text, Function<TokenStream, TokenStream> filters) throws IOException {
        Tokenizer source = new WhitespaceTokenizer();
        source.setReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        try (TokenStream ts = filters.apply(source)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "+" + increment.getPositionIncrement() + (keyword.isKeyword() ? " keyword" : ""));
            }
            ts.end();
        }
        return out;
    }
}
