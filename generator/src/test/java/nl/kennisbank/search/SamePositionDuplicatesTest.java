package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Dropping a term already at the same position gives what Lucene's RemoveDuplicatesTokenFilter gives. */
class SamePositionDuplicatesTest {

    @Test
    void dropsOnlyTermsAlreadyAtTheSamePositionAsLucenesFilterDoes() throws IOException {
        // "+x" is x at the position of the token before it; a long term makes the buffers grow
        String text = "kinder +kinder +opvang +kinder armoed armoed +armoed +a +b +c +d +e +a de"
                + " gezondheidszorgverzekeringsmaatschappij +gezondheidszorgverzekeringsmaatschappij +zorg x +x";
        List<String> lucene = tokens(text, RemoveDuplicatesTokenFilter::new);
        List<String> ours = tokens(text, SamePositionDuplicates::new);
        assertEquals(lucene, ours);
        assertEquals(List.of("kinder+1", "opvang+0", "armoed+1", "armoed+1", "a+0", "b+0"), lucene.subList(0, 6));
    }

    /** Each token as "term+increment". */
    private static List<String> tokens(String text, Function<TokenStream, TokenStream> filter) throws IOException {
        Tokenizer source = new WhitespaceTokenizer();
        source.setReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        try (TokenStream ts = filter.apply(new SamePositionMarks(source))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "+" + increment.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }

    /** Turns "+x" into x at the previous token's position. */
    private static final class SamePositionMarks extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        SamePositionMarks(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (term.length() > 1 && term.charAt(0) == '+') {
                String rest = term.subSequence(1, term.length()).toString();
                term.setEmpty().append(rest);
                increment.setPositionIncrement(0);
            }
            return true;
        }
    }
}
