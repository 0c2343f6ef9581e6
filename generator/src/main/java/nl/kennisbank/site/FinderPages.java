package nl.kennisbank.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Document;
import nl.kennisbank.jbake.PageSpec;

/**
 * The practice finder at {@code praktijkvoorbeelden/}: its first view is complete HTML (the newest practices, the
 * filter form with the count of every value over all practices), so it costs no index file until a visitor filters.
 * The script ({@code js/vinder.js}) filters with the search index's bitsets. Without JavaScript the form stays hidden
 * and every practice is reachable through the numbered pages {@code praktijkvoorbeelden/pagina/N/} and the browse pages.
 */
final class FinderPages {

    static final int PAGE_SIZE = 20;
    /** Facets shown as a drop-down list, not as checkboxes, because they have many values. */
    private static final List<String> SELECTS = List.of("gemeente", "jaar");

    private final PageContext site;
    private final PracticeFacets facets;

    FinderPages(PageContext site, PracticeFacets facets) {
        this.site = site;
        this.facets = facets;
    }

    List<PageSpec> all() {
        List<Document> practices = site.index().practices();
        int pageCount = Math.max(1, (practices.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Map<String, Object>> form = form(practices);
        List<PageSpec> pages = new ArrayList<>();
        for (int page = 1; page <= pageCount; page++) {
            List<Document> shown = practices.subList((page - 1) * PAGE_SIZE, Math.min(practices.size(), page * PAGE_SIZE));
            String url = pageUrl(page);
            PageFactory.Builder builder = site.factory().page("praktijkvoorbeelden", url, page == 1 ? "Praktijkvoorbeelden" : "Praktijkvoorbeelden, pagina " + page,
                            "Alle goede voorbeelden uit gemeenten en organisaties, te filteren op sector, thema, plaats en meer.")
                    .put("practices", site.cards().cards(shown))
                    .put("total", practices.size())
                    .put("page", page)
                    .put("pageCount", pageCount)
                    .put("pageSize", PAGE_SIZE)
                    .put("pageLinks", pageLinks(page, pageCount))
                    .put("filters", page == 1 ? form : List.of())
                    .put("submitUrl", site.index().submitUrl());
            if (page > 1) {
                builder.crumb("Praktijkvoorbeelden", "praktijkvoorbeelden/");
            }
            pages.add(builder.build());
        }
        return pages;
    }

    static String pageUrl(int page) {
        return page == 1 ? "praktijkvoorbeelden/" : "praktijkvoorbeelden/pagina/" + page + "/";
    }

    /** Links to the first, previous, next and last page and the pages around this one. */
    private static List<Map<String, Object>> pageLinks(int page, int pageCount) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (int p = 1; p <= pageCount; p++) {
            if (p == 1 || p == pageCount || Math.abs(p - page) <= 2) {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("nr", p);
                link.put("url", pageUrl(p));
                link.put("current", p == page);
                links.add(link);
            }
        }
        return links;
    }

    /** Every facet with each value's label and its count over all practices; facets without values are left out. */
    private List<Map<String, Object>> form(List<Document> practices) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Document p : practices) {
            facets.of(p).forEach((facet, values) -> values.forEach(v -> counts.computeIfAbsent(facet, f -> new LinkedHashMap<>()).merge(v, 1, Integer::sum)));
        }
        List<Map<String, Object>> form = new ArrayList<>();
        for (PracticeFacets.Facet facet : facets.facets()) {
            List<Map<String, Object>> values = new ArrayList<>();
            facet.values().forEach((id, label) -> values.add(Map.of("id", id, "label", label,
                    "count", counts.getOrDefault(facet.name(), Map.of()).getOrDefault(id, 0))));
            if (!values.isEmpty()) {
                form.add(Map.of("name", facet.name(), "legend", facet.legend(), "values", values, "select", SELECTS.contains(facet.name())));
            }
        }
        return form;
    }
}
