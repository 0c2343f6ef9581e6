package nl.kennisbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folded surface form → the index terms it stands for: its stem, its compound parts and, for synonyms, the terms
 * of the words it is a synonym of. Built by running the real analysis chain over every word form of the site, so
 * the browser never analyses Dutch itself: it only lowercases, folds accents and splits on non-letters.
 */
final class Lexicon {

    /** The browser splits a query on everything that is not a letter or digit; so does the lexicon. */
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, Set<String>> words = new TreeMap<>();

    Lexicon(Set<String> surfaceWords, SearchVocabulary vocabulary, DutchAnalysis analysis, Set<String> termsOfIndex) {
        // looked up once per word form and term: a hash set, whatever set the caller has (the impacts' is sorted)
        Set<String> indexTerms = new java.util.HashSet<>(termsOfIndex);
        try (Analyzer surface = surfaceAnalyzer()) {
            List<String> forms = List.copyOf(surfaceWords);
            List<Set<String>> termsOfForms = forms.parallelStream()
                    .map(w -> known(wholeWord(analysis, w), indexTerms))
                    .toList();
            for (int i = 0; i < forms.size(); i++) {
                words.put(forms.get(i), termsOfForms.get(i));
            }
            for (List<String> group : vocabulary.synonymGroups()) {
                // One-word members are interchangeable (their whole-word term, not their compound parts); a phrase
                // member counts through the abbreviation the index adds where the phrase occurs (PhraseSynonyms).
                Set<String> groupTerms = new LinkedHashSet<>();
                PhraseSynonyms.abbreviation(group, surface)
                        .ifPresent(a -> groupTerms.addAll(known(Set.of(a), indexTerms)));
                for (String member : group) {
                    List<String> folded = fold(surface, member);
                    List<String> terms = analysis.terms(member);
                    if (folded.size() == 1 && !terms.isEmpty()) {
                        groupTerms.addAll(known(Set.of(terms.get(0)), indexTerms));
                    }
                }
                for (String member : group) {
                    List<String> folded = fold(surface, member);
                    if (folded.size() == 1) {
                        words.computeIfAbsent(
                                        folded.get(0),
                                        w -> new LinkedHashSet<>(known(wholeWord(analysis, w), indexTerms)))
                                .addAll(groupTerms);
                    }
                }
            }
        }
    }

    /**
     * A typed word stands for its own stem only, not for its compound parts: "kinderarmoede" finds pages about
     * kinderarmoede, not every page that says "kinderen". The parts work the other way round: the index holds them
     * for every compound, so "armoede" finds kinderarmoede.
     */
    private static Set<String> wholeWord(DutchAnalysis analysis, String word) {
        List<String> terms = analysis.terms(word);
        return terms.isEmpty() ? Set.of() : Set.of(terms.get(0));
    }

    Map<String, Set<String>> words() {
        return words;
    }

    private static Set<String> known(Set<String> terms, Set<String> indexTerms) {
        Set<String> kept = new LinkedHashSet<>();
        for (String t : terms) {
            if (indexTerms.contains(t)) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** Lowercased, accent-folded words of a text: what the browser does to a query. */
    static List<String> fold(Analyzer surface, String text) {
        List<String> out = new java.util.ArrayList<>();
        try (TokenStream ts = surface.tokenStream("s", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                for (String part : NON_WORD.split(term.toString())) {
                    if (!part.isEmpty()) {
                        out.add(part);
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Analyzer surfaceAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
    }
}
