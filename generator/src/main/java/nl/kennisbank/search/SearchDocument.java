package nl.kennisbank.search;

import java.util.List;
import java.util.Map;

/**
 * One published page as the search sees it.
 *
 * @param id          site-relative URL without leading slash, e.g. {@code praktijkvoorbeelden/u-pas-utrecht/}
 * @param type        praktijkvoorbeeld, handreiking, hoofdstuk or pagina; sector, thema or pijler for a vocabulary term's page
 * @param date        publication date (ISO), or "" when the page has none; orders "newest first"
 * @param body        the page text without markup
 * @param facets      facet name (type, sector, thema, pijler, provincie, gemeente, doelgroep, looptijd, jaar, onderbouwing)
 *                    to value ids
 * @param facetLabels "facet:id" to the Dutch label shown in the filters
 */
public record SearchDocument(String id, String title, String type, String date, List<String> headings, String summary, List<String> tags,
                             String body, Map<String, List<String>> facets, Map<String, String> facetLabels) {
}
