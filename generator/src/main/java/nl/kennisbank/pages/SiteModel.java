package nl.kennisbank.pages;

import java.util.List;
import java.util.Map;
import nl.kennisbank.pages.Links.TermLink;
import nl.kennisbank.pages.PageFrame.Crumb;

/**
 * What every template of the knowledge base reads as {@code site}: the same for every page of one build.
 *
 * @param baseUrl      the absolute URL the site is published at, "" when built without one
 * @param basePath     the path of {@code baseUrl} ("/" without one), for pages served at any depth
 * @param assets       per asset path ({@code css/site.css}) its published, content-hashed name
 * @param editUrl      {@code kennisbank.edit-url}, "" when not set
 * @param submitUrl    {@code kennisbank.submit-url}, "" when not set
 * @param submitPage   the page on sending in a practice, "" when the site has none
 * @param nav          the main menu
 * @param sectoren     every term with its practice count, in vocabulary order (also themas, pijlers, provincies)
 * @param handreikingen every guide
 * @param latest       the newest practices
 * @param years        per year its overview page and number of practices added
 * @param feed         the newest practices for the Atom feed
 * @param sitemap      every page's absolute URL, sorted
 * @param updated      the newest date in the content (YYYY-MM-DD), the same on every run for the same input
 */
public record SiteModel(
        String title,
        String description,
        String baseUrl,
        String basePath,
        Map<String, String> assets,
        String editUrl,
        String submitUrl,
        String submitPage,
        List<Crumb> nav,
        List<TermLink> sectoren,
        List<TermLink> themas,
        List<TermLink> pijlers,
        List<TermLink> provincies,
        List<Card> handreikingen,
        List<Card> latest,
        List<Year> years,
        Counts counts,
        List<FeedEntry> feed,
        List<String> sitemap,
        String updated) {

    /** A year of the overview. */
    public record Year(int year, String url, int count) {}

    /** How many there are of each. */
    public record Counts(int praktijkvoorbeelden, int handreikingen, int hoofdstukken, int gemeenten) {}

    /**
     * One entry of the Atom feed.
     *
     * @param id        the entry's URL, or a {@code urn:kennisbank:} name when the site has no base URL
     * @param published the datum (YYYY-MM-DD), as is {@code updated} (the bijgewerkt date, else the datum)
     */
    public record FeedEntry(String title, String url, String id, String summary, String published, String updated) {}
}
