package nl.kennisbank.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Term;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.jbake.PageSpec;

/**
 * The map page {@code kaart/}: practices per province on a map of the twelve provinces, the same numbers in a table,
 * and per province its municipalities with practices. The counts are those of the browse pages (a practice in two
 * provinces counts in both), taken from the same {@link SiteIndex} lists.
 */
final class MapPage {

    static final String URL = "kaart/";

    private final PageContext site;
    private final ProvinceShapes shapes;

    MapPage(PageContext site, ProvinceShapes shapes) {
        this.site = site;
        this.shapes = shapes;
    }

    PageSpec page() {
        List<ProvinceMap.Region> regions = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Term province : site.vocabularies().list(Vocabularies.PROVINCIES)) {
            ProvinceMap.Region region = new ProvinceMap.Region(province.id(), province.label(), Vocabularies.PROVINCIES + "/" + province.id() + "/",
                    site.index().practicesInProvince(province.id()).size());
            regions.add(region);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", province.id());
            row.put("label", province.label());
            row.put("url", region.url());
            row.put("count", region.count());
            row.put("gemeenten", BrowsePages.municipalityLinks(site.index(), province.id()));
            rows.add(row);
        }
        ProvinceMap map = new ProvinceMap(shapes, regions);
        List<Map<String, Object>> legend = map.classes().stream()
                .map(c -> Map.<String, Object>of("name", c.name(), "fill", c.fill(), "label", c.legend())).toList();
        long nowhere = site.index().practices().stream().filter(p -> site.index().provinces(p).isEmpty()).count();
        return site.factory().page("kaart", URL, "Kaart", "Op de kaart: hoeveel praktijkvoorbeelden er zijn per provincie, en in welke gemeenten.")
                .put("mapSvg", map.svg(nl.kennisbank.jbake.JBakeRendering.rootPath(URL))).put("legend", legend).put("rows", rows).put("nowhere", nowhere)
                .put("mapSource", ProvinceShapes.SOURCE).build();
    }
}
