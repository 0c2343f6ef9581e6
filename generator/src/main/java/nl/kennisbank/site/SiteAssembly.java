package nl.kennisbank.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** With the preview's reuse: a save that changed no front matter rebuilds only the pages of the changed documents. */
    Assembled assemble(
            ValidSite site,
            Map<String, String> bodies,
            Map<String, List<String>> related,
            AssetNames assets,
            AssemblyReuse reuse) {
        var source = site.source();
        SiteIndex index = new SiteIndex(site.published(), source.vocabularies());
        PageFactory factory = new PageFactory(source.settings().baseUrl());
        Cards cards = new Cards(source.vocabularies());
        Schema schema = source.schema().orElse(new Schema(Map.of()));
        DocumentPages documents = new DocumentPages(
                site, bodies, index, factory, cards, new Facts(source.vocabularies(), schema, index), related);
        List<DocumentPages.Unit> units = source.isKennisbank() ? documents.units() : List.of();
        AssemblyReuse.Shape shape = AssemblyReuse.Shape.of(site, related, assets);
        Assembled reused = reuse.reuse(shape, units, site, bodies, documents::pages);
        if (reused != null) {
            return reused;
        }
        List<PageSpec> pages = new ArrayList<>();
        List<List<PageSpec>> unitPages = units.stream().map(documents::pages).toList();
        Map<String, String> files = new java.util.TreeMap<>();
        if (source.isKennisbank()) {
            unitPages.forEach(pages::addAll);
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
            pages.add(factory.page("zoeken", "zoeken/", "Zoeken", "Zoek in de handreikingen en praktijkvoorbeelden.")
                    .build());
            pages.add(factory.page("error404", "404.html", "Pagina niet gevonden", "Deze pagina bestaat niet (meer).")
                    .rootpath(source.settings().basePath())
                    .build());
        }
        index.jbake().forEach(d -> pages.add(documents.jbake(d)));
        Map<String, Object> globals = new java.util.LinkedHashMap<>();
        globals.put(
                "site",
                GlobalModel.of(
                        SiteGlobals.build(source.settings(), source.vocabularies(), index, cards, pages, assets)));
        globals.put("published_date", SiteGlobals.newestAsDate(index));
        Assembled assembled =
                new Assembled(List.copyOf(pages), Map.copyOf(globals), java.util.Collections.unmodifiableMap(files));
        reuse.remember(shape, units, unitPages, site, bodies, assembled);
        return assembled;
    }
}
