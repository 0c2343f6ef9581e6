package nl.kennisbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one Dutch analysis chain, declared once and used for indexing, for the lexicon and in tests:
 * StandardTokenizer → lowercase → ASCII folding → (for the index: written-out phrases add their abbreviation,
 * {@link PhraseAbbreviationFilter}) → stop words (Snowball Dutch + ours) → protected words → compound splitting
 * (curated dictionary, longest part per start, {@link CompoundSplitter}) → stem overrides and the Snowball Dutch
 * stemmer (pinned: {@code DutchStemmer} of Lucene 10.x, through {@link CachingStemFilter}; a golden test of stems
 * guards upgrades) → duplicates removed.
 */
public final class DutchAnalysis extends Analyzer {

    private static final int MIN_WORD = 6;
    private static final int MIN_PART = 3;
    private static final int MAX_PART = 16;

    private final CharArraySet stopWords;
    private final CharArraySet protectedWords;
    private final CharArraySet compoundParts;
    private final PartPrefixes partPrefixes;
    private final Map<String, String> overrides;
    private final Map<String, String> verbForms;

    private final Set<String> surfaceSink;
    private final CharArrayMap<List<PhraseAbbreviationFilter.Rule>> phrases;
    /** Whether the chain ends in {@link CountedTerms}: for the index writer only. */
    private final boolean countsTerms;

    public DutchAnalysis(SearchSettings settings) {
        CharArraySet stops = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), false);
        stops.addAll(settings.extraStopWords());
        this.stopWords = CharArraySet.unmodifiableSet(stops);
        this.protectedWords = CharArraySet.unmodifiableSet(new CharArraySet(settings.protectedWords(), false));
        this.compoundParts = CharArraySet.unmodifiableSet(new CharArraySet(settings.compoundParts(), false));
        this.partPrefixes = new PartPrefixes(settings.compoundParts(), MIN_PART, MAX_PART);
        this.overrides = Map.copyOf(settings.stemOverrides());
        this.verbForms = Map.copyOf(settings.verbForms());
        this.surfaceSink = null;
        this.phrases = null;
        this.countsTerms = false;
    }

    private DutchAnalysis(
            DutchAnalysis chain,
            Set<String> surfaceSink,
            CharArrayMap<List<PhraseAbbreviationFilter.Rule>> phrases,
            boolean countsTerms) {
        this.stopWords = chain.stopWords;
        this.protectedWords = chain.protectedWords;
        this.compoundParts = chain.compoundParts;
        this.partPrefixes = chain.partPrefixes;
        this.overrides = chain.overrides;
        this.verbForms = chain.verbForms;
        this.surfaceSink = surfaceSink;
        this.phrases = phrases;
        this.countsTerms = countsTerms;
    }

    /** The same chain, also adding every folded word form it sees to {@code sink} (thread-safe set required). */
    DutchAnalysis recordingSurfaceWords(Set<String> sink) {
        return new DutchAnalysis(this, sink, phrases, countsTerms);
    }

    /**
     * The chain for the index writer: records the surface words into {@code sink}, and passes on each field's
     * distinct terms once with their frequency ({@link CountedTerms}): the same index, for fields indexed with
     * documents and frequencies only. Not for anything that reads tokens one by one.
     */
    DutchAnalysis forIndexWriter(Set<String> sink) {
        return new DutchAnalysis(this, sink, phrases, true);
    }

    /**
     * The same chain, where a written-out phrase of a synonym group also yields the group's abbreviation:
     * "voor- en vroegschoolse educatie" is indexed with the extra term {@code vve}, so a search for VVE finds the
     * phrase without matching every page that says "educatie" or "school".
     */
    public DutchAnalysis withPhraseSynonyms(SearchVocabulary vocabulary) {
        CharArrayMap<List<PhraseAbbreviationFilter.Rule>> rules = PhraseSynonyms.rules(vocabulary);
        return new DutchAnalysis(
                this, surfaceSink, rules.isEmpty() ? null : rules, countsTerms); // no phrases: no filter
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        WordMemory memory = new WordMemory(new WordLists(stopWords, protectedWords, phrases));
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        if (surfaceSink != null) {
            stream = new SurfaceRecorder(stream, surfaceSink, memory);
        }
        if (phrases != null) {
            stream = new PhraseAbbreviationFilter(stream, phrases, memory);
        }
        stream = new WordListFilter(stream, memory); // stop words out, protected words marked
        stream = new CompoundSplitter(stream, compoundParts, partPrefixes, MIN_WORD, MIN_PART, MAX_PART, memory);
        // records compound parts too ("toeslag" finds kinderopvangtoeslag), then stems
        stream = new CachingStemFilter(stream, overrides, verbForms, memory, surfaceSink);
        stream = new SamePositionDuplicates(stream);
        if (countsTerms) {
            stream = new CountedTerms(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /**
     * What the browser needs to give a word the site does not have the index term this chain would give it
     * ({@code stam.json}): the stop words, the protected words, the fixed stems and the verb forms, each sorted.
     */
    Map<String, Object> stemData() {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("stop", sorted(stopWords));
        data.put("beschermd", sorted(protectedWords));
        data.put("vast", new java.util.TreeMap<>(overrides));
        data.put("vormen", new java.util.TreeMap<>(verbForms));
        return data;
    }

    private static List<String> sorted(CharArraySet set) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (Object o : set) {
            out.add(o instanceof char[] chars ? new String(chars) : o.toString());
        }
        return List.copyOf(out);
    }

    /** The terms of a text, in order, duplicates at one position removed. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The distinct terms of one word form. */
    public Set<String> termsOfWord(String word) {
        return new LinkedHashSet<>(terms(word));
    }
}
