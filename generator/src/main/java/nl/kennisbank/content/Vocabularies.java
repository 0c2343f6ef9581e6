package nl.kennisbank.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controlled vocabularies from {@code data/}: sectors, pillars, themes, provinces, municipalities and the
 * extra synonym groups for search. Lists keep file order, which is also the order the site shows.
 */
public record Vocabularies(Map<String, List<Term>> lists, List<Gemeente> gemeenten, List<List<String>> synonymGroups) {

    public static final String SECTOREN = "sectoren";
    public static final String PIJLERS = "pijlers";
    public static final String THEMAS = "themas";
    public static final String PROVINCIES = "provincies";

    public List<Term> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    public Optional<Term> term(String vocabulary, String id) {
        return list(vocabulary).stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Map<String, Gemeente> gemeentenByName() {
        Map<String, Gemeente> byName = new LinkedHashMap<>();
        gemeenten.forEach(g -> byName.put(g.naam(), g));
        return byName;
    }
}
