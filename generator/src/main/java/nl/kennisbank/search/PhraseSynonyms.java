package nl.kennisbank.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Index-time rules "written-out phrase → abbreviation" from the synonym groups: in a group such as
 * [Samen voor alle kinderen, SAM&] every member of more than one word also yields the group's abbreviation
 * (its shortest one-word member of at most five letters). Phrases are matched on folded words, stop words included.
 */
final class PhraseSynonyms {

    private static final int MAX_ABBREVIATION = 5;

    private PhraseSynonyms() {}

    /** The abbreviation of a group, folded: {@code vve} for [voor- en vroegschoolse educatie, VVE]. */
    static Optional<String> abbreviation(List<String> group, Analyzer surface) {
        return group.stream()
                .map(m -> Lexicon.fold(surface, m))
                .filter(f -> f.size() == 1 && f.get(0).length() <= MAX_ABBREVIATION)
                .map(f -> f.get(0))
                .min((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
    }

    /** The rules per first word, longest phrase first; empty when no group has both a phrase and an abbreviation. */
    static CharArrayMap<List<PhraseAbbreviationFilter.Rule>> rules(SearchVocabulary vocabulary) {
        Map<String, List<PhraseAbbreviationFilter.Rule>> byFirst = new TreeMap<>();
        try (Analyzer surface = Lexicon.surfaceAnalyzer()) {
            for (List<String> group : vocabulary.synonymGroups()) {
                Optional<String> abbreviation = abbreviation(group, surface);
                if (abbreviation.isEmpty()) {
                    continue;
                }
                for (String member : group) {
                    List<String> words = Lexicon.fold(surface, member);
                    if (words.size() > 1) {
                        byFirst.computeIfAbsent(words.get(0), w -> new ArrayList<>())
                                .add(new PhraseAbbreviationFilter.Rule(List.copyOf(words), abbreviation.get()));
                    }
                }
            }
        }
        CharArrayMap<List<PhraseAbbreviationFilter.Rule>> rules = new CharArrayMap<>(byFirst.size(), false);
        byFirst.forEach((first, list) -> {
            list.sort(Comparator.comparingInt(
                            (PhraseAbbreviationFilter.Rule r) -> -r.words().size())
                    .thenComparing(r -> String.join(" ", r.words())));
            rules.put(first, List.copyOf(list));
        });
        return CharArrayMap.unmodifiableMap(rules);
    }
}
