package nl.kennisbank.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.Schema;
import nl.kennisbank.jbake.GlobalModel;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.publish.AssetNames;
import nl.kennisbank.site.assemble.BrowsePages;
import nl.kennisbank.site.assemble.Cards;
import nl.kennisbank.site.assemble.DocumentPages;
import nl.kennisbank.site.assemble.Facts;
import nl.kennisbank.site.assemble.FinderPages;
import nl.kennisbank.site.assemble.MapPage;
import nl.kennisbank.site.assemble.OpenData;
import nl.kennisbank.site.assemble.OverviewPages;
import nl.kennisbank.site.assemble.PageContext;
import nl.kennisbank.site.assemble.PageFactory;
import nl.kennisbank.site.assemble.PracticeFacets;
import nl.kennisbank.site.assemble.ProvinceShapes;
import nl.kennisbank.site.assemble.SiteGlobals;
import nl.kennisbank.site.assemble.SiteIndex;
import nl.kennisbank.site.source.SiteSource;
import nl.kennisbank.site.validate.ValidSite;

/**
 * Stage 4, assemble: the site model — documents, taxonomies, guides with ordered chapters, related practices and
 * listings per facet value — computed once, with no per-page queries (nothing O(N²)).
 */
final class SiteAssembly {

    Assembled assemble(
            ValidSite site, Map<String, String> bodies, Map<String, List<String>> related, AssetNames assets) {
        return assemble(site, bodies, related, assets, AssemblyReuse.none());
    }

    /**
     * With the preview's reuse: a unit whose inputs did not change keeps its pages; a save that changed no front
     * matter keeps the listings too.
     */
    Assembled assemble(
            ValidSite site,
            Map<String, String> bodies,
            Map<String, List<String>> related,
            AssetNames assets,
            AssemblyReuse reuse) {
        return new Model(site, bodies, related, assets, reuse).all();
    }

    /**
     * The preview's first step after a save that changed the site's shape: every unit's pages as they will be, with
     * the listings of the last build and the {@code site} values of the new documents. Rendering the changed
     * documents' own pages from it shows them before the listings are assembled ({@link #assemble} then gives the
     * whole site).
     *
     * @return null when there is nothing to show first: no last build to take the listings from, listings that stay
     *     as they are (then {@link #assemble} is as quick), or a site with JBake-format documents
     */
    First documentsFirst(
            ValidSite site,
            Map<String, String> bodies,
            Map<String, List<String>> related,
            AssetNames assets,
            AssemblyReuse reuse) {
        boolean nothingFirst = reuse.lastListings() == null
                || !site.source().isKennisbank()
                || site.published().stream().anyMatch(d -> d.kind() == DocumentKind.JBAKE)
                || reuse.listings(AssemblyReuse.Shape.of(site, related, assets)) != null;
        // decided before the model is made: after a text edit (listings as they were) making it is wasted work
        return nothingFirst ? null : new Model(site, bodies, related, assets, reuse).documentsFirst();
    }

    /** The site with the last listings, and the URIs of the units' pages in it. */
    record First(Assembled assembled, java.util.Set<String> documentPages) {}

    /** One assembly's inputs and the parts every page builder shares. */
    private static final class Model {
        private final ValidSite site;
        private final SiteSource source;
        private final Map<String, List<String>> related;
        private final AssetNames assets;
        private final AssemblyReuse reuse;
        private final SiteIndex index;
        private final PageFactory factory;
        private final Cards cards;
        private final Schema schema;
        private final DocumentPages documents;
        private final Map<String, String> bodies;

        Model(
                ValidSite site,
                Map<String, String> bodies,
                Map<String, List<String>> related,
                AssetNames assets,
                AssemblyReuse reuse) {
            this.site = site;
            this.source = site.source();
            this.bodies = bodies;
            this.related = related;
            this.assets = assets;
            this.reuse = reuse;
            this.index = new SiteIndex(site.published(), source.vocabularies());
            this.factory = new PageFactory(source.settings().baseUrl());
            this.cards = new Cards(source.vocabularies(), reuse.cards());
            this.schema = source.schema().orElse(new Schema(Map.of()));
            this.documents = new DocumentPages(
                    site, bodies, index, factory, cards, new Facts(source.vocabularies(), schema, index), related);
        }

        private AssemblyReuse.Shape shape() {
            return AssemblyReuse.Shape.of(site, related, assets);
        }

        private List<PageSpec> unitPages() {
            List<DocumentPages.Unit> units = source.isKennisbank() ? documents.units() : List.of();
            return reuse.unitPages(units, site, bodies, shape().setup(), documents::reads, documents::pages);
        }

        First documentsFirst() {
            AssemblyReuse.Listings last = reuse.lastListings();
            if (last == null) {
                return null;
            }
            List<PageSpec> pages = new ArrayList<>(unitPages());
            java.util.Set<String> uris = new java.util.HashSet<>();
            pages.forEach(p -> uris.add(p.uri()));
            pages.addAll(last.pages());
            return new First(new Assembled(List.copyOf(pages), globals(pages), last.files()), uris);
        }

        Assembled all() {
            AssemblyReuse.Shape shape = shape();
            List<PageSpec> pages = new ArrayList<>(unitPages());
            AssemblyReuse.Listings kept = reuse.listings(shape);
            if (kept != null) {
                pages.addAll(kept.pages());
                return new Assembled(List.copyOf(pages), kept.globals(), kept.files());
            }
            int documentPages = pages.size();
            Map<String, String> files = new java.util.TreeMap<>();
            if (source.isKennisbank()) {
                PageContext context = new PageContext(source.vocabularies(), index, factory, cards);
                pages.addAll(new BrowsePages(context).all());
                PracticeFacets facets = new PracticeFacets(source.vocabularies(), schema, index);
                OpenData openData = new OpenData(
                        index, facets, source.vocabularies(), source.settings().baseUrl());
                OverviewPages overview = new OverviewPages(context, openData);
                pages.addAll(overview.all());
                pages.addAll(new FinderPages(context, facets).all());
                pages.add(new MapPage(context, ProvinceShapes.load()).page());
                files.putAll(openData.files(overview.years()));
                pages.add(factory.page(
                                "home",
                                "",
                                source.settings().title(),
                                source.settings().description())
                        .build());
                pages.add(
                        factory.page("zoeken", "zoeken/", "Zoeken", "Zoek in de handreikingen en praktijkvoorbeelden.")
                                .build());
                pages.add(
                        factory.page("error404", "404.html", "Pagina niet gevonden", "Deze pagina bestaat niet (meer).")
                                .rootpath(source.settings().basePath())
                                .build());
            }
            index.jbake().forEach(d -> pages.add(documents.jbake(d)));
            Assembled assembled =
                    new Assembled(List.copyOf(pages), globals(pages), java.util.Collections.unmodifiableMap(files));
            reuse.remember(
                    shape,
                    new AssemblyReuse.Listings(
                            assembled.pages().subList(documentPages, pages.size()),
                            assembled.globals(),
                            assembled.files()));
            return assembled;
        }

        private Map<String, Object> globals(List<PageSpec> pages) {
            Map<String, Object> globals = new java.util.LinkedHashMap<>();
            globals.put(
                    "site",
                    GlobalModel.of(
                            SiteGlobals.build(source.settings(), source.vocabularies(), index, cards, pages, assets)));
            globals.put("published_date", SiteGlobals.newestAsDate(index));
            return Map.copyOf(globals);
        }
    }
}
