package nl.kennisbank.search;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Snowball Dutch stemmer with a memory: a site repeats the same words, so each is stemmed once per token stream
 * instance (in its {@link WordMemo}, shared with the other filters of the chain; Lucene reuses one chain per thread).
 * When the chain records surface words, this filter also records what reaches it (compound parts, abbreviations
 * added by {@link PhraseAbbreviationFilter}), before stemming. Gives
 * {@link org.apache.lucene.analysis.snowball.SnowballFilter}'s output, except that conjugated -eren verbs are first
 * put back in the infinitive, listed verb forms are replaced by their infinitive, a doubled final consonant
 * of a stem is made single, and curated overrides (stamcorrecties.txt) win; protected words pass unchanged.
 */
final class CachingStemFilter extends TokenFilter {

    private static final String[] ENDINGS = {"eerden", "eerde", "eert"};

    private final DutchStemmer stemmer = new DutchStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final WordMemoAttribute memo = addAttribute(WordMemoAttribute.class);

    private final Map<String, String> overrides;
    private final Map<String, String> verbForms;
    private final WordMemory memory;
    private final Set<String> surfaceSink;

    /**
     * @param overrides   word → fixed stem, used instead of the stemmer (stamcorrecties.txt)
     * @param verbForms   verb form → infinitive, stemmed instead of the form (werkwoordsvormen.txt)
     * @param surfaceSink where to record the words that reach this filter, or null
     */
    CachingStemFilter(
            TokenStream input,
            Map<String, String> overrides,
            Map<String, String> verbForms,
            WordMemory memory,
            Set<String> surfaceSink) {
        super(input);
        this.overrides = overrides;
        this.verbForms = verbForms;
        this.memory = memory;
        this.surfaceSink = surfaceSink;
    }

    /**
     * Verbs in -eren (signaleren, stimuleren, organiseren) are everywhere in policy text, but Snowball stems their
     * conjugated forms apart: signaleert, signaleerde(n) → back to signaleren first, so all meet at one stem. Snowball
     * also leaves diminutive plurals alone (schoolreisjes): they lose their s first.
     */
    static String infinitive(String word) {
        if (word.length() >= 7 && word.endsWith("jes")) {
            return word.substring(0, word.length() - 1); // diminutive plural: schoolreisjes → schoolreisje
        }
        for (String ending : ENDINGS) {
            if (word.length() >= ending.length() + 5 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length()) + "eren";
            }
        }
        return word;
    }

    /**
     * Snowball keeps a doubled consonant at the end of a stem (gezinnen → gezinn, bronnen → bronn), so plurals and
     * their singular (gezin, bron) would not meet; Dutch spelling never ends a word in a doubled consonant, so one
     * of the two goes.
     */
    static String undoubled(String stem) {
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && isConsonant(stem.charAt(n - 1))) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    private static boolean isConsonant(char c) {
        return c >= 'b' && c <= 'z' && "eiouy".indexOf(c) < 0;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        WordMemo word = memory.of(term, memo);
        if (surfaceSink != null) {
            SurfaceRecorder.record(word, surfaceSink);
        }
        if (keyword.isKeyword()) {
            return true;
        }
        String stem = word.stem;
        if (stem == null) {
            stem = overrides.get(word.word);
            if (stem == null) {
                stemmer.setCurrent(verbForms.getOrDefault(word.word, infinitive(word.word)));
                stemmer.stem();
                stem = undoubled(stemmer.getCurrent());
            }
            stem = stem.equals(word.word) ? word.word : stem; // the same instance when stemming changes nothing
            word.stem = stem;
        }
        if (stem != word.word) { // the term is the word (its memo says so): only a different stem is copied in
            term.setEmpty().append(stem);
        }
        return true;
    }
}
