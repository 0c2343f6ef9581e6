package nl.kennisbank.site.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.Gemeente;
import nl.kennisbank.content.Practice;
import nl.kennisbank.content.Vocabularies;

/**
 * The published documents grouped the ways the site lists them, computed once: practices newest first, guides
 * with their ordered chapters, practices per vocabulary term, province, municipality and year. Every ordering is
 * total (date, then slug), so output is the same on every run.
 */
public final class SiteIndex {

    static final Comparator<Document> NEWEST_FIRST = Comparator.comparing(
                    (Document d) -> d.typed().published().orElse(LocalDate.MIN))
            .reversed()
            .thenComparing(Document::url);

    private final List<Document> practices;
    private final Map<String, Document> practicesBySlug = new java.util.HashMap<>();
    private final List<Document> guides;
    private final Map<String, List<Document>> chapters = new TreeMap<>();
    private final List<Document> pages;
    private final List<Document> jbake;
    private final Map<String, Gemeente> gemeenten;
    /** Practices per "field:id" (sectoren, themas, pijlers), per municipality name and per province, newest first. */
    private final Map<String, List<Document>> practicesByTerm = new java.util.HashMap<>();

    private final Map<String, List<Document>> practicesByGemeente = new java.util.HashMap<>();
    private final Map<String, List<Document>> practicesByProvince = new java.util.HashMap<>();

    public SiteIndex(List<Document> published, Vocabularies vocabularies) {
        this.practices = newestFirst(published.stream()
                .filter(d -> d.kind() == DocumentKind.PRAKTIJKVOORBEELD)
                .toList());
        practices.forEach(p -> practicesBySlug.put(p.slug(), p));
        List<String> sectorOrder = vocabularies.list(Vocabularies.SECTOREN).stream()
                .map(t -> t.id())
                .toList();
        this.guides = published.stream()
                .filter(d -> d.kind() == DocumentKind.HANDREIKING)
                .sorted(Comparator.comparing(
                                (Document d) -> order(sectorOrder, d.asGuide().sectoren()))
                        .thenComparing(Document::slug))
                .toList();
        published.stream()
                .filter(d -> d.kind() == DocumentKind.HOOFDSTUK)
                .sorted(Comparator.comparingInt(Document::chapter).thenComparing(Document::slug))
                .forEach(d -> chapters.computeIfAbsent(d.guideSlug(), g -> new ArrayList<>())
                        .add(d));
        this.pages = published.stream()
                .filter(d -> d.kind() == DocumentKind.PAGINA)
                .sorted(Comparator.comparing(Document::url))
                .toList();
        this.jbake = published.stream()
                .filter(d -> d.kind() == DocumentKind.JBAKE)
                .sorted(Comparator.comparing(Document::url))
                .toList();
        this.gemeenten = vocabularies.gemeentenByName();
        for (Document p : practices) {
            Practice typed = p.asPractice();
            for (String field : Practice.TERM_FIELDS) {
                typed.termIds(field).stream()
                        .distinct()
                        .forEach(id -> practicesByTerm
                                .computeIfAbsent(field + ":" + id, k -> new ArrayList<>())
                                .add(p));
            }
            typed.gemeenten().stream()
                    .distinct()
                    .forEach(g -> practicesByGemeente
                            .computeIfAbsent(g, k -> new ArrayList<>())
                            .add(p));
            provinces(p)
                    .forEach(id -> practicesByProvince
                            .computeIfAbsent(id, k -> new ArrayList<>())
                            .add(p));
        }
        for (Map<String, List<Document>> groups : List.of(practicesByTerm, practicesByGemeente, practicesByProvince)) {
            groups.replaceAll((key, list) -> List.copyOf(list));
        }
    }

    /** Sorted as {@link #NEWEST_FIRST}, each document's date looked up once instead of at every comparison. */
    static List<Document> newestFirst(List<Document> documents) {
        record Keyed(LocalDate date, String url, Document doc) {}
        return documents.stream()
                .map(d -> new Keyed(d.typed().published().orElse(LocalDate.MIN), d.url(), d))
                .sorted(Comparator.comparing(Keyed::date).reversed().thenComparing(Keyed::url))
                .map(Keyed::doc)
                .toList();
    }

    private static int order(List<String> order, List<String> ids) {
        return ids.isEmpty() || !order.contains(ids.get(0)) ? Integer.MAX_VALUE : order.indexOf(ids.get(0));
    }

    private volatile LocalDate newest;

    /** The newest date of the content, computed once per index ({@link SiteGlobals#newest}). */
    LocalDate newest(java.util.function.Supplier<LocalDate> compute) {
        LocalDate known = newest;
        if (known == null) {
            known = compute.get();
            newest = known;
        }
        return known;
    }

    List<Document> practices() {
        return practices;
    }

    Optional<Document> practice(String slug) {
        return Optional.ofNullable(practicesBySlug.get(slug));
    }

    public List<Document> guides() {
        return guides;
    }

    List<Document> chapters(String guideSlug) {
        return chapters.getOrDefault(guideSlug, List.of());
    }

    List<Document> pages() {
        return pages;
    }

    public List<Document> jbake() {
        return jbake;
    }

    /** Practices whose field (sectoren, themas, pijlers) holds the id. */
    List<Document> practicesWith(String field, String id) {
        return practicesByTerm.getOrDefault(field + ":" + id, List.of());
    }

    List<Document> practicesIn(Gemeente gemeente) {
        return practicesByGemeente.getOrDefault(gemeente.naam(), List.of());
    }

    List<Document> practicesInProvince(String provincie) {
        return practicesByProvince.getOrDefault(provincie, List.of());
    }

    /** Province ids of a practice, from its municipalities, in first-seen order. */
    List<String> provinces(Document practice) {
        return practice.asPractice().gemeenten().stream()
                .map(gemeenten::get)
                .filter(java.util.Objects::nonNull)
                .map(Gemeente::provincie)
                .distinct()
                .toList();
    }

    List<Gemeente> usedGemeenten() {
        return gemeenten.values().stream()
                .filter(g -> practicesByGemeente.containsKey(g.naam()))
                .sorted(Comparator.comparing(Gemeente::slug))
                .toList();
    }

    /** Where a visitor sends in a practice: the page for it when the site has one, else the about page. */
    String submitUrl() {
        return pages.stream()
                .map(Document::url)
                .filter(SUBMIT_PAGE::equals)
                .findFirst()
                .orElse("over/");
    }

    static final String SUBMIT_PAGE = "praktijkvoorbeeld-insturen/";

    Optional<Document> guideFor(String sector) {
        return guides.stream()
                .filter(g -> g.asGuide().sectoren().contains(sector))
                .findFirst();
    }

    /** Practices published in a year, per year, newest year first. */
    Map<Integer, List<Document>> addedPerYear() {
        Map<Integer, List<Document>> years = new TreeMap<>(Comparator.reverseOrder());
        practices.forEach(d -> d.typed()
                .published()
                .ifPresent(date -> years.computeIfAbsent(date.getYear(), y -> new ArrayList<>())
                        .add(d)));
        return years;
    }

    /** Practices updated (bijgewerkt) in a year but published earlier. */
    List<Document> updatedIn(int year) {
        return practices.stream()
                .filter(d -> d.typed().updated().map(LocalDate::getYear).orElse(0) == year
                        && d.typed().published().map(LocalDate::getYear).orElse(0) != year)
                .toList();
    }
}
