package nl.kennisbank.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds an abbreviation where its written-out phrase occurs: after the first word of "voor en vroegschoolse educatie"
 * comes the extra term {@code vve} at the same position. Words pass unchanged. Only a word that can start a phrase
 * makes the filter look ahead, so ordinary text costs one map lookup per word; Lucene's SynonymGraphFilter with
 * FlattenGraphFilter gives the same terms for these one-word outputs but copies every token's state.
 */
final class PhraseAbbreviationFilter extends TokenFilter {

    /** A written-out phrase (folded words) and the abbreviation it yields. */
    record Rule(List<String> words, String abbreviation) {
    }

    private record Token(State state, String word, int endOffset) {
    }

    private final CharArrayMap<List<Rule>> rulesByFirstWord;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final ArrayDeque<Token> ahead = new ArrayDeque<>();
    private final ArrayDeque<State> abbreviations = new ArrayDeque<>();
    private boolean inputEnded;

    /** @param rulesByFirstWord rules per first word, longest phrase first */
    PhraseAbbreviationFilter(TokenStream input, CharArrayMap<List<Rule>> rulesByFirstWord) {
        super(input);
        this.rulesByFirstWord = rulesByFirstWord;
    }

    @Override
    public boolean incrementToken() throws IOException {
        State next = abbreviations.poll();
        if (next != null) {
            restoreState(next);
            return true;
        }
        Token head = ahead.poll();
        if (head == null) {
            if (inputEnded || !input.incrementToken()) {
                inputEnded = true;
                return false;
            }
            if (!rulesByFirstWord.containsKey(term.buffer(), 0, term.length())) {
                return true; // the common case: no phrase starts here, nothing is copied
            }
            head = current();
        }
        Set<String> added = new HashSet<>();
        for (Rule rule : rulesByFirstWord.getOrDefault(head.word(), List.of())) {
            if (matches(rule) && added.add(rule.abbreviation())) {
                abbreviations.add(abbreviationAt(head, rule)); // a phrase in two groups yields both abbreviations
            }
        }
        restoreState(head.state());
        return true;
    }

    /** Whether the words after the head (read ahead as far as needed) continue the rule's phrase. */
    private boolean matches(Rule rule) throws IOException {
        while (ahead.size() < rule.words().size() - 1 && !inputEnded) {
            if (input.incrementToken()) {
                ahead.add(current());
            } else {
                inputEnded = true;
            }
        }
        if (ahead.size() < rule.words().size() - 1) {
            return false;
        }
        int i = 1;
        for (Token next : ahead) {
            if (i == rule.words().size()) {
                break;
            }
            if (!next.word().equals(rule.words().get(i++))) {
                return false;
            }
        }
        return true;
    }

    private State abbreviationAt(Token head, Rule rule) {
        int end = head.endOffset();
        int i = 1;
        for (Token next : ahead) {
            if (i++ == rule.words().size()) {
                break;
            }
            end = next.endOffset();
        }
        restoreState(head.state());
        offset.setOffset(offset.startOffset(), end);
        term.setEmpty().append(rule.abbreviation());
        position.setPositionIncrement(0);
        type.setType("SYNONYM");
        return captureState();
    }

    private Token current() {
        return new Token(captureState(), term.toString(), offset.endOffset());
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        ahead.clear();
        abbreviations.clear();
        inputEnded = false;
    }
}
