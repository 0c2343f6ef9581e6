package nl.kennisbank.site.assemble;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nl.kennisbank.config.SiteSettings;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Practice;
import nl.kennisbank.content.Term;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.pages.Links.TermLink;
import nl.kennisbank.pages.PageFrame.Crumb;
import nl.kennisbank.pages.SiteModel;
import nl.kennisbank.publish.AssetNames;

/** The {@link SiteModel} every template can read as {@code site}, with the feed and sitemap entries. */
public final class SiteGlobals {

    private static final int LATEST = 6;
    private static final int FEED_ENTRIES = 50;

    /** The page that explains how to send in a practice; empty listings point to it when it exists. */
    static final String SUBMIT_PAGE = "praktijkvoorbeeld-insturen/";

    private SiteGlobals() {}

    public static SiteModel build(
            SiteSettings settings,
            Vocabularies vocabularies,
            SiteIndex index,
            Cards cards,
            List<PageSpec> pages,
            AssetNames assets) {
        List<Crumb> nav = List.of(
                new Crumb("Handreikingen", "handreikingen/"),
                new Crumb("Praktijkvoorbeelden", "praktijkvoorbeelden/"),
                new Crumb("Thema's", "themas/"),
                new Crumb("Sectoren", "sectoren/"),
                new Crumb("Overzicht in cijfers", "overzicht/"),
                new Crumb("Kaart", MapPage.URL),
                new Crumb("Zoeken", "zoeken/"),
                new Crumb("Over", "over/"));
        List<TermLink> provincies = vocabularies.list(Vocabularies.PROVINCIES).stream()
                .map(t -> BrowsePages.termLink(
                        Vocabularies.PROVINCIES,
                        t,
                        index.practicesInProvince(t.id()).size()))
                .toList();
        List<SiteModel.Year> years = new ArrayList<>();
        index.addedPerYear()
                .forEach((year, docs) -> years.add(new SiteModel.Year(year, "overzicht/" + year + "/", docs.size())));
        SiteModel.Counts counts = new SiteModel.Counts(
                index.practices().size(),
                index.guides().size(),
                index.guides().stream()
                        .mapToInt(g -> index.chapters(g.guideSlug()).size())
                        .sum(),
                index.usedGemeenten().size());
        List<String> sitemap = pages.stream()
                .map(p -> p.uri().replaceFirst("index\\.html$", ""))
                .filter(u -> !u.endsWith(".html"))
                .sorted()
                .map(u -> settings.baseUrl() + u)
                .toList();
        return new SiteModel(
                settings.title(),
                settings.description(),
                settings.baseUrl(),
                settings.basePath(),
                assets.asMap(),
                settings.links().editUrl(),
                settings.links().submitUrl(),
                index.pages().stream().anyMatch(p -> p.url().equals(SUBMIT_PAGE)) ? SUBMIT_PAGE : "",
                nav,
                terms(Vocabularies.SECTOREN, vocabularies, index, "sectoren"),
                terms(Vocabularies.THEMAS, vocabularies, index, "themas"),
                terms(Vocabularies.PIJLERS, vocabularies, index, "pijlers"),
                provincies,
                cards.cards(index.guides()),
                cards.cards(index.practices().stream().limit(LATEST).toList()),
                List.copyOf(years),
                counts,
                feed(settings, index),
                sitemap,
                newest(index).toString());
    }

    /** The newest date in the content: the site's "published date", the same on every run for the same input. */
    static LocalDate newest(SiteIndex index) {
        return index.newest(() -> newestOf(index));
    }

    private static LocalDate newestOf(SiteIndex index) {
        return index.practices().stream()
                .map(Practice::of)
                .flatMap(p -> java.util.stream.Stream.of(p.published(), p.updated()))
                .flatMap(java.util.Optional::stream)
                .max(LocalDate::compareTo)
                .orElse(LocalDate.of(2026, 1, 1));
    }

    public static Date newestAsDate(SiteIndex index) {
        return Date.from(newest(index).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static List<TermLink> terms(String vocabulary, Vocabularies vocabularies, SiteIndex index, String field) {
        List<TermLink> terms = new ArrayList<>();
        for (Term t : vocabularies.list(vocabulary)) {
            terms.add(BrowsePages.termLink(
                    vocabulary, t, index.practicesWith(field, t.id()).size()));
        }
        return List.copyOf(terms);
    }

    private static List<SiteModel.FeedEntry> feed(SiteSettings settings, SiteIndex index) {
        List<SiteModel.FeedEntry> entries = new ArrayList<>();
        for (Document d : index.practices().stream().limit(FEED_ENTRIES).toList()) {
            String url = settings.baseUrl() + d.url();
            Practice practice = d.asPractice();
            entries.add(new SiteModel.FeedEntry(
                    d.title(),
                    url,
                    settings.baseUrl().isEmpty() ? "urn:kennisbank:" + d.url() : url,
                    practice.samenvatting(),
                    practice.published().map(LocalDate::toString).orElse(""),
                    practice.updated()
                            .or(practice::published)
                            .map(LocalDate::toString)
                            .orElse("")));
        }
        return List.copyOf(entries);
    }
}
