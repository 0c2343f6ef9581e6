package nl.kennisbank.site.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.FieldSpec;
import nl.kennisbank.content.Gemeente;
import nl.kennisbank.content.Practice;
import nl.kennisbank.content.Schema;
import nl.kennisbank.content.Term;
import nl.kennisbank.content.Vocabularies;

/**
 * The facets a practice is filtered on, in one place for the search index (its bitsets) and the practice finder
 * (its form and counts): sector, thema, pijler, provincie, gemeente, doelgroep, looptijd (lopend or afgerond), the
 * years it ran, and onderbouwing. A practice without an evidence level is "niet beoordeeld", never guessed.
 *
 * <p>Whether a practice still runs is decided without a clock, so output stays deterministic: it ended when its phase
 * is "beëindigd" or its end lies before the site's newest publication date; otherwise, when it has a looptijd, it
 * runs. Its years run from the start to the end (or, while it runs, to the newest publication year).
 */
public final class PracticeFacets {

    /** One facet of the finder: its URL parameter, its Dutch legend, and its values in display order (id → label). */
    record Facet(String name, String legend, Map<String, String> values) {}

    static final String NOT_ASSESSED = "niet-beoordeeld";

    private final Vocabularies vocabularies;
    private final Schema schema;
    private final SiteIndex index;
    private final LocalDate reference;

    public PracticeFacets(Vocabularies vocabularies, Schema schema, SiteIndex index) {
        this.vocabularies = vocabularies;
        this.schema = schema;
        this.index = index;
        this.reference = index.practices().stream()
                .map(Practice::of)
                .flatMap(p ->
                        java.util.stream.Stream.of(p.published(), p.updated()).flatMap(Optional::stream))
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.of(2000, 1, 1));
    }

    /** Facet name → value ids of one practice. */
    public Map<String, List<String>> of(Document doc) {
        Practice practice = doc.asPractice();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("sector", practice.sectoren());
        facets.put("thema", practice.themas());
        facets.put("pijler", practice.pijlers());
        facets.put("provincie", index.provinces(doc));
        Map<String, Gemeente> byName = vocabularies.gemeentenByName();
        facets.put(
                "gemeente",
                practice.gemeenten().stream()
                        .map(byName::get)
                        .filter(java.util.Objects::nonNull)
                        .map(Gemeente::slug)
                        .distinct()
                        .toList());
        facets.put("doelgroep", practice.doelgroep().stream().distinct().toList());
        Optional<Practice.Looptijd> looptijd = practice.looptijd();
        facets.put(
                "looptijd",
                looptijd.map(l -> List.of(ended(l) ? "afgerond" : "lopend")).orElse(List.of()));
        facets.put("jaar", looptijd.map(this::years).orElse(List.of()));
        facets.put(
                "onderbouwing",
                List.of(practice.onderbouwing()
                        .map(Practice.Onderbouwing::niveau)
                        .orElse(NOT_ASSESSED)));
        return facets;
    }

    private boolean ended(Practice.Looptijd looptijd) {
        String end = looptijd.eind().orElse(null);
        return looptijd.fase().filter("beeindigd"::equals).isPresent()
                || (end != null && end.compareTo(reference.toString().substring(0, end.length())) < 0);
    }

    private List<String> years(Practice.Looptijd looptijd) {
        Optional<Integer> start = looptijd.start().map(PracticeFacets::year);
        Optional<Integer> end = looptijd.eind().map(PracticeFacets::year);
        int last = end.orElse(ended(looptijd) ? start.orElse(0) : reference.getYear());
        int first = start.orElse(end.orElse(last));
        List<String> years = new ArrayList<>();
        for (int y = last; y >= first && first > 0; y--) {
            years.add(String.valueOf(y));
        }
        return years;
    }

    /** The year of a period as written (2019, 2019-07 or 2019-07-01). */
    private static int year(String period) {
        return Integer.parseInt(period.substring(0, 4));
    }

    /** The finder's facets with every value practices can have, in display order. */
    List<Facet> facets() {
        List<Facet> facets = new ArrayList<>();
        facets.add(new Facet("sector", "Sector", terms(Vocabularies.SECTOREN)));
        facets.add(new Facet("thema", "Thema", terms(Vocabularies.THEMAS)));
        facets.add(new Facet("pijler", "Pijler", terms(Vocabularies.PIJLERS)));
        facets.add(new Facet("provincie", "Provincie", terms(Vocabularies.PROVINCIES)));
        Map<String, String> gemeenten = new LinkedHashMap<>();
        java.text.Collator dutch = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl"));
        index.usedGemeenten().stream()
                .sorted(Comparator.comparing(Gemeente::naam, dutch).thenComparing(Gemeente::slug))
                .forEach(g -> gemeenten.put(g.slug(), g.naam()));
        facets.add(new Facet("gemeente", "Gemeente", gemeenten));
        facets.add(new Facet("doelgroep", "Voor wie", choices("doelgroep")));
        Map<String, String> looptijd = new LinkedHashMap<>();
        looptijd.put("lopend", "Loopt nog");
        looptijd.put("afgerond", "Afgerond");
        facets.add(new Facet("looptijd", "Looptijd", looptijd));
        Set<String> years = new java.util.TreeSet<>(Comparator.reverseOrder());
        index.practices().forEach(p -> years.addAll(of(p).get("jaar")));
        Map<String, String> yearLabels = new LinkedHashMap<>();
        years.forEach(y -> yearLabels.put(y, y));
        facets.add(new Facet("jaar", "Liep in", yearLabels));
        facets.add(new Facet("onderbouwing", "Onderbouwing", choices("onderbouwing.niveau")));
        return List.copyOf(facets);
    }

    /** "facet:id" → Dutch label, for every value of {@link #facets()}. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Facet f : facets()) {
            f.values().forEach((id, label) -> labels.put(f.name() + ":" + id, label));
        }
        return labels;
    }

    private Map<String, String> terms(String vocabulary) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Term t : vocabularies.list(vocabulary)) {
            out.put(t.id(), t.label());
        }
        return out;
    }

    private Map<String, String> choices(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        FieldSpec spec = field(path);
        if (spec != null) {
            spec.valueIds().forEach(id -> out.put(id, schema.label(DocumentKind.PRAKTIJKVOORBEELD, path, id)));
        }
        return out;
    }

    private FieldSpec field(String path) {
        Map<String, FieldSpec> level =
                schema.fieldsOf(DocumentKind.PRAKTIJKVOORBEELD).orElse(Map.of());
        FieldSpec spec = null;
        for (String part : path.split("\\.")) {
            spec = level.get(part);
            if (spec == null) {
                return null;
            }
            spec = spec.items() != null ? spec.items() : spec;
            level = spec.fields();
        }
        return spec;
    }
}
