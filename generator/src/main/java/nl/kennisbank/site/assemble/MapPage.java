package nl.kennisbank.site.assemble;

import java.util.ArrayList;
import java.util.List;
import nl.kennisbank.content.Term;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.pages.MapModel;
import nl.kennisbank.site.validate.SiteUrls;

/**
 * The map page {@code kaart/}: practices per province on a map of the twelve provinces, the same numbers in a table,
 * and per province its municipalities with practices. The counts are those of the browse pages (a practice in two
 * provinces counts in both), taken from the same {@link SiteIndex} lists.
 */
public final class MapPage {

    static final String URL = SiteUrls.MAP;

    private final PageContext site;
    private final ProvinceShapes shapes;

    public MapPage(PageContext site, ProvinceShapes shapes) {
        this.site = site;
        this.shapes = shapes;
    }

    public PageSpec page() {
        List<ProvinceMap.Region> regions = new ArrayList<>();
        List<MapModel.Province> rows = new ArrayList<>();
        for (Term province : site.vocabularies().list(Vocabularies.PROVINCIES)) {
            ProvinceMap.Region region = new ProvinceMap.Region(
                    province.id(),
                    province.label(),
                    Vocabularies.PROVINCIES + "/" + province.id() + "/",
                    site.index().practicesInProvince(province.id()).size());
            regions.add(region);
            rows.add(new MapModel.Province(
                    province.id(),
                    province.label(),
                    region.url(),
                    region.count(),
                    BrowsePages.municipalityLinks(site.index(), province.id())));
        }
        ProvinceMap map = new ProvinceMap(shapes, regions);
        List<MapModel.LegendEntry> legend = map.classes().stream()
                .map(c -> new MapModel.LegendEntry(c.name(), c.fill(), c.legend()))
                .toList();
        long nowhere = site.index().practices().stream()
                .filter(p -> site.index().provinces(p).isEmpty())
                .count();
        return site.factory()
                .page(
                        "kaart",
                        URL,
                        "Kaart",
                        "Op de kaart: hoeveel praktijkvoorbeelden er zijn per provincie, en in welke gemeenten.")
                .build(new MapModel(
                        map.svg(nl.kennisbank.jbake.JBakeRendering.rootPath(URL)),
                        legend,
                        List.copyOf(rows),
                        nowhere,
                        ProvinceShapes.SOURCE));
    }
}
