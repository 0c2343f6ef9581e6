package nl.kennisbank.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One published page as the search sees it. The body is held as UTF-8 and decoded when read: a build keeps every
 * page's text from the related-practices stage to the end of the index stage, and nearly every realistic page has
 * a character outside Latin-1 (curly quotes, €), which makes a Java string two bytes per character; as UTF-8 the
 * text of 10,000 pages takes about 110 MB instead of 220 MB.
 */
public final class SearchDocument {

    private final String id;
    private final String title;
    private final String type;
    private final String date;
    private final List<String> headings;
    private final String summary;
    private final List<String> tags;
    private final byte[] body;
    private final Map<String, List<String>> facets;
    private final Map<String, String> facetLabels;

    /**
     * @param id          site-relative URL without leading slash, e.g. {@code praktijkvoorbeelden/u-pas-utrecht/}
     * @param type        praktijkvoorbeeld, handreiking, hoofdstuk or pagina; sector, thema or pijler for a vocabulary term's page
     * @param date        publication date (ISO), or "" when the page has none; orders "newest first"
     * @param body        the page text without markup
     * @param facets      facet name (type, sector, thema, pijler, provincie, gemeente, doelgroep, looptijd, jaar, onderbouwing)
     *                    to value ids
     * @param facetLabels "facet:id" to the Dutch label shown in the filters
     */
    public SearchDocument(
            String id,
            String title,
            String type,
            String date,
            List<String> headings,
            String summary,
            List<String> tags,
            String body,
            Map<String, List<String>> facets,
            Map<String, String> facetLabels) {
        this.id = id;
        this.title = title;
        this.type = type;
        this.date = date;
        this.headings = headings;
        this.summary = summary;
        this.tags = tags;
        this.body = body.getBytes(StandardCharsets.UTF_8);
        this.facets = facets;
        this.facetLabels = facetLabels;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String type() {
        return type;
    }

    public String date() {
        return date;
    }

    public List<String> headings() {
        return headings;
    }

    public String summary() {
        return summary;
    }

    public List<String> tags() {
        return tags;
    }

    /** The page text without markup (decoded on every call: read it once per use). */
    public String body() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Map<String, List<String>> facets() {
        return facets;
    }

    public Map<String, String> facetLabels() {
        return facetLabels;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchDocument d
                && id.equals(d.id)
                && title.equals(d.title)
                && type.equals(d.type)
                && date.equals(d.date)
                && headings.equals(d.headings)
                && summary.equals(d.summary)
                && tags.equals(d.tags)
                && Arrays.equals(body, d.body)
                && facets.equals(d.facets)
                && facetLabels.equals(d.facetLabels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, type, date, headings, summary, tags, Arrays.hashCode(body), facets, facetLabels);
    }

    @Override
    public String toString() {
        return "SearchDocument[id=" + id + ", title=" + title + ", type=" + type + "]";
    }
}
