package nl.kennisbank.site.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Document;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.pages.FinderModel;

/**
 * The practice finder at {@code praktijkvoorbeelden/}: its first view is complete HTML (the newest practices, the
 * filter form with the count of every value over all practices), so it costs no index file until a visitor filters.
 * The script ({@code js/vinder.js}) filters with the search index's bitsets. Without JavaScript the form stays hidden
 * and every practice is reachable through the numbered pages {@code praktijkvoorbeelden/pagina/N/} and the browse pages.
 */
public final class FinderPages {

    public static final int PAGE_SIZE = 20;
    /** Facets shown as a drop-down list, not as checkboxes, because they have many values. */
    private static final List<String> SELECTS = List.of("gemeente", "jaar");

    private final PageContext site;
    private final PracticeFacets facets;

    public FinderPages(PageContext site, PracticeFacets facets) {
        this.site = site;
        this.facets = facets;
    }

    public List<PageSpec> all() {
        List<Document> practices = site.index().practices();
        int pageCount = Math.max(1, (practices.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<FinderModel.Filter> form = form(practices);
        List<PageSpec> pages = new ArrayList<>();
        for (int page = 1; page <= pageCount; page++) {
            List<Document> shown =
                    practices.subList((page - 1) * PAGE_SIZE, Math.min(practices.size(), page * PAGE_SIZE));
            String url = pageUrl(page);
            PageFactory.Builder builder = site.factory()
                    .page(
                            "praktijkvoorbeelden",
                            url,
                            page == 1 ? "Praktijkvoorbeelden" : "Praktijkvoorbeelden, pagina " + page,
                            "Alle goede voorbeelden uit gemeenten en organisaties, te filteren op sector, thema, plaats en meer.");
            if (page > 1) {
                builder.crumb("Praktijkvoorbeelden", "praktijkvoorbeelden/");
            }
            pages.add(builder.build(new FinderModel(
                    site.cards().cards(shown),
                    practices.size(),
                    page,
                    pageCount,
                    PAGE_SIZE,
                    pageLinks(page, pageCount),
                    page == 1 ? form : List.of(),
                    site.index().submitUrl())));
        }
        return pages;
    }

    static String pageUrl(int page) {
        return page == 1 ? "praktijkvoorbeelden/" : "praktijkvoorbeelden/pagina/" + page + "/";
    }

    /** Links to the first, previous, next and last page and the pages around this one. */
    private static List<FinderModel.NumberedLink> pageLinks(int page, int pageCount) {
        List<FinderModel.NumberedLink> links = new ArrayList<>();
        for (int p = 1; p <= pageCount; p++) {
            if (p == 1 || p == pageCount || Math.abs(p - page) <= 2) {
                links.add(new FinderModel.NumberedLink(p, pageUrl(p), p == page));
            }
        }
        return List.copyOf(links);
    }

    /** Every facet with each value's label and its count over all practices; facets without values are left out. */
    private List<FinderModel.Filter> form(List<Document> practices) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Document p : practices) {
            facets.of(p)
                    .forEach((facet, values) ->
                            values.forEach(v -> counts.computeIfAbsent(facet, f -> new LinkedHashMap<>())
                                    .merge(v, 1, Integer::sum)));
        }
        List<FinderModel.Filter> form = new ArrayList<>();
        for (PracticeFacets.Facet facet : facets.facets()) {
            List<FinderModel.FilterValue> values = new ArrayList<>();
            facet.values()
                    .forEach((id, label) -> values.add(new FinderModel.FilterValue(
                            id,
                            label,
                            counts.getOrDefault(facet.name(), Map.of()).getOrDefault(id, 0))));
            if (!values.isEmpty()) {
                form.add(new FinderModel.Filter(
                        facet.name(), facet.legend(), List.copyOf(values), SELECTS.contains(facet.name())));
            }
        }
        return List.copyOf(form);
    }
}
