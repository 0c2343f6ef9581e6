package nl.kennisbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Index-time rules "written-out phrase → abbreviation" from the synonym groups: in a group such as
 * [Samen voor alle kinderen, SAM&] every member of more than one word also yields the group's abbreviation
 * (its shortest one-word member of at most five letters). Phrases are matched on folded words, stop words included.
 */
final class PhraseSynonyms {

    private static final int MAX_ABBREVIATION = 5;

    private PhraseSynonyms() {
    }

    /** The abbreviation of a group, folded: {@code vve} for [voor- en vroegschoolse educatie, VVE]. */
    static Optional<String> abbreviation(List<String> group, Analyzer surface) {
        return group.stream().map(m -> Lexicon.fold(surface, m)).filter(f -> f.size() == 1 && f.get(0).length() <= MAX_ABBREVIATION)
                .map(f -> f.get(0)).min((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
    }

    static SynonymMap map(SearchVocabulary vocabulary) {
        try (Analyzer surface = Lexicon.surfaceAnalyzer()) {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (List<String> group : vocabulary.synonymGroups()) {
                Optional<String> abbreviation = abbreviation(group, surface);
                if (abbreviation.isEmpty()) {
                    continue;
                }
                for (String member : group) {
                    List<String> words = Lexicon.fold(surface, member);
                    if (words.size() > 1) {
                        builder.add(SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder()), new CharsRef(abbreviation.get()), true);
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
