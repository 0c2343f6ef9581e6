package nl.kennisbank.pages;

import java.util.List;

/**
 * One numbered page of the practice finder ({@code praktijkvoorbeelden.ftlh}), with {@link PageFrame}.
 *
 * @param practices the practices on this page
 * @param total     all practices
 * @param pageLinks first, last, previous, next and nearby pages
 * @param filters   the filter form (first page only; empty on the others)
 * @param submitUrl where to send a practice in
 */
public record FinderModel(
        List<Card> practices,
        int total,
        int page,
        int pageCount,
        int pageSize,
        List<NumberedLink> pageLinks,
        List<Filter> filters,
        String submitUrl) {

    /** A link to page {@code nr} of the finder. */
    public record NumberedLink(int nr, String url, boolean current) {}

    /** One facet of the form: its values with their counts over all practices; {@code select} for a drop-down list. */
    public record Filter(String name, String legend, List<FilterValue> values, boolean select) {}

    /** One value of a facet. */
    public record FilterValue(String id, String label, int count) {}
}
