package nl.kennisbank.site.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Gemeente;
import nl.kennisbank.content.Term;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.pages.EmptyHelp;
import nl.kennisbank.pages.GuidesModel;
import nl.kennisbank.pages.Links.Place;
import nl.kennisbank.pages.Links.TermLink;
import nl.kennisbank.pages.Links.TermText;
import nl.kennisbank.pages.SectorModel;
import nl.kennisbank.pages.TermIndexModel;
import nl.kennisbank.pages.TermModel;

/** Browse pages that work without JavaScript: per sector, thema, pijler, provincie and gemeente, plus the list of guides. */
public final class BrowsePages {

    private record Kind(String vocabulary, String kind, String heading, String intro, String field) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(
                    Vocabularies.THEMAS,
                    "thema",
                    "Thema's",
                    "Kies een thema en zie welke praktijkvoorbeelden erover gaan.",
                    "themas"),
            new Kind(
                    Vocabularies.PIJLERS,
                    "pijler",
                    "Pijlers",
                    "Divosa werkt langs drie pijlers. Zie per pijler wat gemeenten en organisaties doen.",
                    "pijlers"),
            new Kind(
                    Vocabularies.PROVINCIES,
                    "provincie",
                    "Provincies",
                    "Zie per provincie welke praktijkvoorbeelden er zijn.",
                    null));

    private final PageContext site;

    public BrowsePages(PageContext site) {
        this.site = site;
    }

    public List<PageSpec> all() {
        List<PageSpec> pages = new ArrayList<>(sectors());
        for (Kind kind : KINDS) {
            List<TermLink> terms = new ArrayList<>();
            for (Term term : site.vocabularies().list(kind.vocabulary())) {
                List<Document> practices = kind.field() == null
                        ? site.index().practicesInProvince(term.id())
                        : site.index().practicesWith(kind.field(), term.id());
                terms.add(termLink(kind.vocabulary(), term, practices.size()));
                pages.add(termPage(kind, term, practices));
            }
            pages.add(site.factory()
                    .page("taxonomie-index", kind.vocabulary() + "/", kind.heading(), kind.intro())
                    .build(new TermIndexModel(kind.kind(), kind.heading(), kind.intro(), List.copyOf(terms))));
        }
        pages.addAll(gemeenten());
        pages.add(site.factory()
                .page(
                        "handreikingen",
                        "handreikingen/",
                        "Handreikingen",
                        "Praktische handreikingen 'Omgaan met kinderarmoede' per sector.")
                .build(new GuidesModel(site.cards().cards(site.index().guides()))));
        return pages;
    }

    private List<PageSpec> sectors() {
        List<PageSpec> pages = new ArrayList<>();
        List<TermLink> terms = new ArrayList<>();
        for (Term sector : site.vocabularies().list(Vocabularies.SECTOREN)) {
            List<Document> practices = site.index().practicesWith("sectoren", sector.id());
            terms.add(termLink(Vocabularies.SECTOREN, sector, practices.size()));
            SectorModel model = new SectorModel(
                    term(sector),
                    site.cards().cards(practices),
                    practices.isEmpty() ? emptyHelp(Vocabularies.SECTOREN, sector, "sectoren", "sector") : null,
                    site.index().guideFor(sector.id()).map(site.cards()::card).orElse(null));
            pages.add(site.factory()
                    .page("sector", "sectoren/" + sector.id() + "/", sector.label(), sector.definitie())
                    .crumb("Sectoren", "sectoren/")
                    .build(model));
        }
        String intro = "Kies je sector. Je vindt er de handreiking en de praktijkvoorbeelden voor jouw werk.";
        pages.add(site.factory()
                .page("taxonomie-index", "sectoren/", "Sectoren", intro)
                .build(new TermIndexModel("sector", "Sectoren", intro, List.copyOf(terms))));
        return pages;
    }

    private PageSpec termPage(Kind kind, Term term, List<Document> practices) {
        List<Place> gemeenten = kind.field() == null ? municipalityLinks(site.index(), term.id()) : List.of();
        TermModel model = new TermModel(
                kind.kind(),
                term(term),
                site.cards().cards(practices),
                gemeenten,
                practices.isEmpty() ? emptyHelp(kind.vocabulary(), term, kind.field(), kind.kind()) : null);
        return site.factory()
                .page("taxonomie", kind.vocabulary() + "/" + term.id() + "/", term.label(), term.definitie())
                .crumb(kind.heading(), kind.vocabulary() + "/")
                .build(model);
    }

    private List<PageSpec> gemeenten() {
        List<PageSpec> pages = new ArrayList<>();
        List<TermLink> terms = new ArrayList<>();
        for (Gemeente g : site.index().usedGemeenten()) {
            List<Document> practices = site.index().practicesIn(g);
            String provincie = site.vocabularies()
                    .term(Vocabularies.PROVINCIES, g.provincie())
                    .map(Term::label)
                    .orElse(g.provincie());
            String definitie = "Gemeente in de provincie " + provincie + " (CBS-code " + g.cbs() + ").";
            Term term = new Term(g.slug(), g.naam(), definitie, List.of());
            terms.add(termLink("gemeenten", term, practices.size()));
            pages.add(site.factory()
                    .page("taxonomie", "gemeenten/" + g.slug() + "/", g.naam(), definitie)
                    .crumb("Gemeenten", "gemeenten/")
                    .entity(LinkedData.municipality(g, provincie))
                    .build(new TermModel("gemeente", term(term), site.cards().cards(practices), List.of(), null)));
        }
        String intro = "Gemeenten met een praktijkvoorbeeld op deze site.";
        pages.add(site.factory()
                .page("taxonomie-index", "gemeenten/", "Gemeenten", intro)
                .build(new TermIndexModel("gemeente", "Gemeenten", intro, List.copyOf(terms))));
        return pages;
    }

    /**
     * What an empty browse page offers instead: the values of the same kind that do have practices (most first), the
     * finder and the search, and where to send a practice in.
     */
    private EmptyHelp emptyHelp(String vocabulary, Term self, String field, String finderFacet) {
        List<TermLink> others = new ArrayList<>();
        for (Term t : site.vocabularies().list(vocabulary)) {
            int count = field == null
                    ? site.index().practicesInProvince(t.id()).size()
                    : site.index().practicesWith(field, t.id()).size();
            if (count > 0 && !t.id().equals(self.id())) {
                others.add(termLink(vocabulary, t, count));
            }
        }
        others.sort(Comparator.comparing((TermLink link) -> -link.count()).thenComparing(TermLink::id));
        return new EmptyHelp(
                List.copyOf(others.subList(0, Math.min(5, others.size()))),
                site.index().submitUrl(),
                self.label(),
                finderFacet);
    }

    /** The municipalities of a province that have practices, each with its link and count. */
    static List<Place> municipalityLinks(SiteIndex index, String province) {
        List<Place> list = new ArrayList<>();
        for (Gemeente g : index.usedGemeenten()) {
            if (g.provincie().equals(province)) {
                list.add(new Place(
                        g.naam(),
                        "gemeenten/" + g.slug() + "/",
                        index.practicesIn(g).size()));
            }
        }
        return List.copyOf(list);
    }

    static TermText term(Term term) {
        return new TermText(term.id(), term.label(), term.definitie());
    }

    static TermLink termLink(String vocabulary, Term term, int count) {
        return new TermLink(term.id(), term.label(), term.definitie(), vocabulary + "/" + term.id() + "/", count);
    }
}
