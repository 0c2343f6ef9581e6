package nl.kennisbank.search;

import java.util.List;

/** Words that mean the same for search (from the vocabularies' synonyms and data/synoniemen.yml). */
public record SearchVocabulary(List<List<String>> synonymGroups) {}
