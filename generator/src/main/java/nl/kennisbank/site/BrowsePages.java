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

    private final PageContext site;

    BrowsePages(PageContext site) {
        this.site = site;
    }

    List<PageSpec> all() {
        List<PageSpec> pages = new ArrayList<>(sectors());
        for (Kind kind : KINDS) {
            List<Map<String, Object>> terms = new ArrayList<>();
            for (Term term : site.vocabularies().list(kind.vocabulary())) {
                List<Document> practices = kind.field() == null ? site.index().practicesInProvince(term.id()) : site.index().practicesWith(kind.field(), term.id());
                terms.add(termLink(kind.vocabulary(), term, practices.size()));
                pages.add(termPage(kind, term, practices));
            }
            pages.add(site.factory().page("taxonomie-index", kind.vocabulary() + "/", kind.heading(), kind.intro())
                    .put("kind", kind.kind()).put("heading", kind.heading()).put("intro", kind.intro()).put("terms", terms).build());
        }
        pages.addAll(gemeenten());
        pages.add(site.factory().page("handreikingen", "handreikingen/", "Handreikingen", "Praktische handreikingen 'Omgaan met kinderarmoede' per sector.")
                .put("guides", site.cards().cards(site.index().guides())).build());
        return pages;
    }

    private List<PageSpec> sectors() {
        List<PageSpec> pages = new ArrayList<>();
        List<Map<String, Object>> terms = new ArrayList<>();
        for (Term sector : site.vocabularies().list(Vocabularies.SECTOREN)) {
            List<Document> practices = site.index().practicesWith("sectoren", sector.id());
            terms.add(termLink(Vocabularies.SECTOREN, sector, practices.size()));
            PageFactory.Builder page = site.factory().page("sector", "sectoren/" + sector.id() + "/", sector.label(), sector.definitie())
                    .crumb("Sectoren", "sectoren/").put("term", term(sector)).put("practices", site.cards().cards(practices))
                    .put("empty", practices.isEmpty() ? emptyHelp(Vocabularies.SECTOREN, sector, "sectoren", "sector") : null);
            site.index().guideFor(sector.id()).ifPresent(g -> page.put("guide", site.cards().card(g)));
            pages.add(page.build());
        }
        String intro = "Kies je sector. Je vindt er de handreiking en de praktijkvoorbeelden voor jouw werk.";
        pages.add(site.factory().page("taxonomie-index", "sectoren/", "Sectoren", intro)
                .put("kind", "sector").put("heading", "Sectoren").put("intro", intro).put("terms", terms).build());
        return pages;
    }

    private PageSpec termPage(Kind kind, Term term, List<Document> practices) {
        List<Map<String, Object>> gemeenten = kind.field() == null ? municipalityLinks(site.index(), term.id()) : List.of();
        return site.factory().page("taxonomie", kind.vocabulary() + "/" + term.id() + "/", term.label(), term.definitie())
                .crumb(kind.heading(), kind.vocabulary() + "/")
                .put("kind", kind.kind()).put("term", term(term)).put("practices", site.cards().cards(practices)).put("gemeenten", gemeenten)
                .put("empty", practices.isEmpty() ? emptyHelp(kind.vocabulary(), term, kind.field(), kind.kind()) : null).build();
    }

    private List<PageSpec> gemeenten() {
        List<PageSpec> pages = new ArrayList<>();
        List<Map<String, Object>> terms = new ArrayList<>();
        for (Gemeente g : site.index().usedGemeenten()) {
            List<Document> practices = site.index().practicesIn(g);
            String provincie = site.vocabularies().term(Vocabularies.PROVINCIES, g.provincie()).map(Term::label).orElse(g.provincie());
            String definitie = "Gemeente in de provincie " + provincie + " (CBS-code " + g.cbs() + ").";
            Term term = new Term(g.slug(), g.naam(), definitie, List.of());
            terms.add(termLink("gemeenten", term, practices.size()));
            pages.add(site.factory().page("taxonomie", "gemeenten/" + g.slug() + "/", g.naam(), definitie).crumb("Gemeenten", "gemeenten/")
                    .put("kind", "gemeente").put("term", term(term)).put("practices", site.cards().cards(practices)).put("gemeenten", List.of())
                    .entity(LinkedData.municipality(g, provincie)).build());
        }
        String intro = "Gemeenten met een praktijkvoorbeeld op deze site.";
        pages.add(site.factory().page("taxonomie-index", "gemeenten/", "Gemeenten", intro)
                .put("kind", "gemeente").put("heading", "Gemeenten").put("intro", intro).put("terms", terms).build());
        return pages;
    }

    /**
     * What an empty browse page offers instead: the values of the same kind that do have practices (most first), the
     * finder and the search, and where to send a practice in.
     */
    private Map<String, Object> emptyHelp(String vocabulary, Term self, String field, String finderFacet) {
        List<Map<String, Object>> others = new ArrayList<>();
        for (Term t : site.vocabularies().list(vocabulary)) {
            int count = field == null ? site.index().practicesInProvince(t.id()).size() : site.index().practicesWith(field, t.id()).size();
            if (count > 0 && !t.id().equals(self.id())) {
                others.add(termLink(vocabulary, t, count));
            }
        }
        others.sort(java.util.Comparator.comparing((Map<String, Object> m) -> -(Integer) m.get("count")).thenComparing(m -> (String) m.get("id")));
        Map<String, Object> help = new LinkedHashMap<>();
        help.put("others", others.subList(0, Math.min(5, others.size())));
        help.put("submitUrl", site.index().submitUrl());
        help.put("searchQuery", self.label());
        help.put("facet", finderFacet);
        return help;
    }

    /** The municipalities of a province that have practices, each with its link and count. */
    static List<Map<String, Object>> municipalityLinks(SiteIndex index, String province) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Gemeente g : index.usedGemeenten()) {
            if (g.provincie().equals(province)) {
                list.add(Map.of("label", g.naam(), "url", "gemeenten/" + g.slug() + "/", "count", index.practicesIn(g).size()));
            }
        }
        return list;
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
