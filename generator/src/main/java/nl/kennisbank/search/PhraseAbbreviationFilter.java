package nl.kennisbank.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
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
 * makes the filter look ahead, so ordinary text costs one look at the word's memo; Lucene's SynonymGraphFilter with
 * FlattenGraphFilter gives the same terms for these one-word outputs but copies every token's state.
 */
final class PhraseAbbreviationFilter extends TokenFilter {

    /** A written-out phrase (folded words) and the abbreviation it yields. */
    record Rule(List<String> words, String abbreviation) {}

    private record Token(State state, String word, int endOffset) {}

    private final CharArrayMap<List<Rule>> rulesByFirstWord;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final WordMemoAttribute memo = addAttribute(WordMemoAttribute.class);
    private final WordMemory memory;
    /** Words read ahead and not yet passed on: {@code ahead.get(next)} is the next one. */
    private final List<Token> ahead = new ArrayList<>();

    private int next;
    private final ArrayDeque<State> abbreviations = new ArrayDeque<>();
    private boolean inputEnded;

    /**
     * @param rulesByFirstWord rules per first word, longest phrase first
     * @param memory           the chain's word memos, made with these rules' first words as {@link WordLists#phraseStarts()}
     */
    PhraseAbbreviationFilter(TokenStream input, CharArrayMap<List<Rule>> rulesByFirstWord, WordMemory memory) {
        super(input);
        this.rulesByFirstWord = rulesByFirstWord;
        this.memory = memory;
    }

    @Override
    public boolean incrementToken() throws IOException {
        State pending = abbreviations.poll();
        if (pending != null) {
            restoreState(pending);
            return true;
        }
        Token head = null;
        if (next < ahead.size()) {
            head = ahead.get(next++);
        } else {
            ahead.clear();
            next = 0;
        }
        if (head == null) {
            if (inputEnded || !input.incrementToken()) {
                inputEnded = true;
                return false;
            }
            if (!memory.of(term, memo).startsPhrase) {
                return true; // the common case: no phrase starts here, nothing is copied
            }
            head = current();
        }
        List<String> added = new ArrayList<>(1);
        for (Rule rule : rulesByFirstWord.getOrDefault(head.word(), List.of())) {
            if (matches(rule) && !added.contains(rule.abbreviation())) {
                added.add(rule.abbreviation()); // a phrase in two groups yields both abbreviations
                abbreviations.add(abbreviationAt(
                        head,
                        rule.abbreviation(),
                        ahead.get(next + rule.words().size() - 2).endOffset()));
            }
        }
        restoreState(head.state());
        return true;
    }

    /** Whether the words after the head continue the rule's phrase; reads ahead only as far as they do. */
    private boolean matches(Rule rule) throws IOException {
        for (int k = 1; k < rule.words().size(); k++) {
            int at = next + k - 1;
            if (at == ahead.size()) {
                if (inputEnded || !input.incrementToken()) {
                    inputEnded = true;
                    return false;
                }
                ahead.add(current());
            }
            if (!ahead.get(at).word().equals(rule.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The abbreviation at the head's position (after it, position increment 0), spanning the phrase. */
    private State abbreviationAt(Token head, String abbreviation, int endOffset) {
        restoreState(head.state());
        offset.setOffset(offset.startOffset(), endOffset);
        term.setEmpty().append(abbreviation);
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
        next = 0;
        abbreviations.clear();
        inputEnded = false;
    }
}
