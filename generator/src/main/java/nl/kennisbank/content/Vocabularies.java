package nl.kennisbank.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controlled vocabularies from {@code data/}: sectors, pillars, themes, provinces, municipalities and the
 * extra synonym groups for search. Lists keep file order, which is also the order the site shows. Lookups are
 * indexed once, because every document asks them.
 */
public final class Vocabularies {

    public static final String SECTOREN = "sectoren";
    public static final String PIJLERS = "pijlers";
    public static final String THEMAS = "themas";
    public static final String PROVINCIES = "provincies";
    public static final String GEMEENTEN = "gemeenten";

    private final Map<String, List<Term>> lists;
    private final Map<String, Map<String, Term>> byId = new LinkedHashMap<>();
    private final List<Gemeente> gemeenten;
    private final Map<String, Gemeente> gemeentenByName = new LinkedHashMap<>();
    private final Map<String, Gemeente> gemeentenByAlias = new LinkedHashMap<>();
    private final List<List<String>> synonymGroups;
    private final java.util.Set<String> unreadable;

    public Vocabularies(Map<String, List<Term>> lists, List<Gemeente> gemeenten, List<List<String>> synonymGroups) {
        this(lists, gemeenten, synonymGroups, java.util.Set.of());
    }

    /** @param unreadable vocabularies whose file is missing or broken (reported there): values are not checked against them */
    public Vocabularies(
            Map<String, List<Term>> lists,
            List<Gemeente> gemeenten,
            List<List<String>> synonymGroups,
            java.util.Set<String> unreadable) {
        this.unreadable = java.util.Set.copyOf(unreadable);
        this.lists = Map.copyOf(lists);
        this.gemeenten = List.copyOf(gemeenten);
        this.synonymGroups = List.copyOf(synonymGroups);
        lists.forEach((name, terms) -> {
            Map<String, Term> ids = new LinkedHashMap<>();
            terms.forEach(t -> ids.put(t.id(), t));
            byId.put(name, ids);
        });
        gemeenten.forEach(g -> gemeentenByName.put(g.naam(), g));
        gemeenten.forEach(g -> g.aliassen().forEach(alias -> gemeentenByAlias.putIfAbsent(alias, g)));
    }

    public List<Term> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    /** The ids of a vocabulary, in file order. */
    public List<String> ids(String name) {
        return List.copyOf(byId.getOrDefault(name, Map.of()).keySet());
    }

    public Optional<Term> term(String vocabulary, String id) {
        return Optional.ofNullable(byId.getOrDefault(vocabulary, Map.of()).get(id));
    }

    public boolean contains(String vocabulary, String id) {
        return byId.getOrDefault(vocabulary, Map.of()).containsKey(id);
    }

    public List<Gemeente> gemeenten() {
        return gemeenten;
    }

    /** Municipalities by their exact name (read-only). */
    public Map<String, Gemeente> gemeentenByName() {
        return java.util.Collections.unmodifiableMap(gemeentenByName);
    }

    /** The municipality with this exact name or alias (Den Haag → 's-Gravenhage). */
    public Optional<Gemeente> gemeente(String written) {
        return Optional.ofNullable(gemeentenByName.get(written))
                .or(() -> Optional.ofNullable(gemeentenByAlias.get(written)));
    }

    /** Every name and alias people may write, each with the municipality's own name, for suggestions. */
    public Map<String, String> gemeenteSpellings() {
        Map<String, String> spellings = new LinkedHashMap<>();
        gemeentenByName.keySet().forEach(n -> spellings.put(n, n));
        gemeentenByAlias.forEach((alias, g) -> spellings.putIfAbsent(alias, g.naam()));
        return spellings;
    }

    /** False when the vocabulary's file could not be read: its own problem says so, the documents are not blamed. */
    public boolean isReadable(String vocabulary) {
        return !unreadable.contains(vocabulary);
    }

    public List<List<String>> synonymGroups() {
        return synonymGroups;
    }
}
