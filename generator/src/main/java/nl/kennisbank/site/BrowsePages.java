package nl.kennisbank.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Gemeente;
import nl.kennisbank.content.Term;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.jbake.PageSpec;

/** Browse pages that work without JavaScript: per sector, thema, pijler, provincie and gemeente, plus the list of guides. */
final class BrowsePages {

    private record Kind(String vocabulary, String kind, String heading, String intro, String field) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(Vocabularies.THEMAS, "thema", "Thema's", "Kies een thema en zie welke praktijkvoorbeelden erover gaan.", "themas"),
            new Kind(Vocabularies.PIJLERS, "pijler", "Pijlers", "Divosa werkt langs drie pijlers. Zie per pijler wat gemeenten en organisaties doen.", "pijlers"),
            new Kind(Vocabularies.PROVINCIES, "provincie", "Provincies", "Zie per provincie welke praktijkvoorbeelden er zijn.", null));

    private final Vocabularies vocabularies;
    private final SiteIndex index;
    private final PageFactory factory;
    private final Cards cards;

    BrowsePages(Vocabularies vocabularies, SiteIndex index, PageFactory factory, Cards cards) {
        this.vocabularies = vocabularies;
        this.index = index;
        this.factory = factory;
        this.cards = cards;
    }

    List<PageSpec> all() {
        List<PageSpec> pages = new ArrayList<>(sectors());
        for (Kind kind : KINDS) {
            List<Map<String, Object>> terms = new ArrayList<>();
            for (Term term : vocabularies.list(kind.vocabulary())) {
                List<Document> practices = kind.field() == null ? index.practicesInProvince(term.id()) : index.practicesWith(kind.field(), term.id());
                terms.add(termLink(kind.vocabulary(), term, practices.size()));
                pages.add(termPage(kind, term, practices));
            }
            pages.add(factory.page("taxonomie-index", kind.vocabulary() + "/", kind.heading(), kind.intro())
                    .put("kind", kind.kind()).put("heading", kind.heading()).put("intro", kind.intro()).put("terms", terms).build());
        }
        pages.addAll(gemeenten());
        pages.add(factory.page("handreikingen", "handreikingen/", "Handreikingen", "Praktische handreikingen 'Omgaan met kinderarmoede' per sector.")
                .put("guides", cards.cards(index.guides())).build());
        return pages;
    }

    private List<PageSpec> sectors() {
        List<PageSpec> pages = new ArrayList<>();
        List<Map<String, Object>> terms = new ArrayList<>();
        for (Term sector : vocabularies.list(Vocabularies.SECTOREN)) {
            List<Document> practices = index.practicesWith("sectoren", sector.id());
            terms.add(termLink(Vocabularies.SECTOREN, sector, practices.size()));
            PageFactory.Builder page = factory.page("sector", "sectoren/" + sector.id() + "/", sector.label(), sector.definitie())
                    .crumb("Sectoren", "sectoren/").put("term", term(sector)).put("practices", cards.cards(practices))
                    .put("empty", practices.isEmpty() ? emptyHelp(Vocabularies.SECTOREN, sector, "sectoren", "sector") : null);
            index.guideFor(sector.id()).ifPresent(g -> page.put("guide", cards.card(g)));
            pages.add(page.build());
        }
        String intro = "Kies je sector. Je vindt er de handreiking en de praktijkvoorbeelden voor jouw werk.";
        pages.add(factory.page("taxonomie-index", "sectoren/", "Sectoren", intro)
                .put("kind", "sector").put("heading", "Sectoren").put("intro", intro).put("terms", terms).build());
        return pages;
    }

    private PageSpec termPage(Kind kind, Term term, List<Document> practices) {
        List<Map<String, Object>> gemeenten = new ArrayList<>();
        if (kind.field() == null) {
            for (Gemeente g : index.usedGemeenten()) {
                if (g.provincie().equals(term.id())) {
                    gemeenten.add(Map.of("label", g.naam(), "url", "gemeenten/" + g.slug() + "/", "count", index.practicesIn(g).size()));
                }
            }
        }
        return factory.page("taxonomie", kind.vocabulary() + "/" + term.id() + "/", term.label(), term.definitie())
                .crumb(kind.heading(), kind.vocabulary() + "/")
                .put("kind", kind.kind()).put("term", term(term)).put("practices", cards.cards(practices)).put("gemeenten", gemeenten)
                .put("empty", practices.isEmpty() ? emptyHelp(kind.vocabulary(), term, kind.field(), kind.kind()) : null).build();
    }

    private List<PageSpec> gemeenten() {
        List<PageSpec> pages = new ArrayList<>();
        List<Map<String, Object>> terms = new ArrayList<>();
        for (Gemeente g : index.usedGemeenten()) {
            List<Document> practices = index.practicesIn(g);
            String provincie = vocabularies.term(Vocabularies.PROVINCIES, g.provincie()).map(Term::label).orElse(g.provincie());
            String definitie = "Gemeente in de provincie " + provincie + " (CBS-code " + g.cbs() + ").";
            Term term = new Term(g.slug(), g.naam(), definitie, List.of());
            terms.add(termLink("gemeenten", term, practices.size()));
            pages.add(factory.page("taxonomie", "gemeenten/" + g.slug() + "/", g.naam(), definitie).crumb("Gemeenten", "gemeenten/")
                    .put("kind", "gemeente").put("term", term(term)).put("practices", cards.cards(practices)).put("gemeenten", List.of())
                    .entity(LinkedData.municipality(g, provincie)).build());
        }
        String intro = "Gemeenten met een praktijkvoorbeeld op deze site.";
        pages.add(factory.page("taxonomie-index", "gemeenten/", "Gemeenten", intro)
                .put("kind", "gemeente").put("heading", "Gemeenten").put("intro", intro).put("terms", terms).build());
        return pages;
    }

    /**
     * What an empty browse page offers instead: the values of the same kind that do have practices (most first), the
     * finder and the search, and where to send a practice in.
     */
    private Map<String, Object> emptyHelp(String vocabulary, Term self, String field, String finderFacet) {
        List<Map<String, Object>> others = new ArrayList<>();
        for (Term t : vocabularies.list(vocabulary)) {
            int count = field == null ? index.practicesInProvince(t.id()).size() : index.practicesWith(field, t.id()).size();
            if (count > 0 && !t.id().equals(self.id())) {
                others.add(termLink(vocabulary, t, count));
            }
        }
        others.sort(java.util.Comparator.comparing((Map<String, Object> m) -> -(Integer) m.get("count")).thenComparing(m -> (String) m.get("id")));
        Map<String, Object> help = new LinkedHashMap<>();
        help.put("others", others.subList(0, Math.min(5, others.size())));
        help.put("submitUrl", index.submitUrl());
        help.put("searchQuery", self.label());
        help.put("facet", finderFacet);
        return help;
    }

    static Map<String, Object> term(Term term) {
        return Map.of("id", term.id(), "label", term.label(), "definitie", term.definitie());
    }

    static Map<String, Object> termLink(String vocabulary, Term term, int count) {
        Map<String, Object> link = new LinkedHashMap<>(term(term));
        link.put("url", vocabulary + "/" + term.id() + "/");
        link.put("count", count);
        return link;
    }
}
