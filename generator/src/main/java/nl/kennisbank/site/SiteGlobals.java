package nl.kennisbank.site;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.config.SiteSettings;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Term;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.pages.Links.TermLink;
import nl.kennisbank.pages.PageFrame.Crumb;
import nl.kennisbank.publish.AssetNames;

/** The {@code site} model every template can read, plus the feed and sitemap entries. */
final class SiteGlobals {

    private static final int LATEST = 6;
    private static final int FEED_ENTRIES = 50;

    /** The page that explains how to send in a practice; empty listings point to it when it exists. */
    static final String SUBMIT_PAGE = "praktijkvoorbeeld-insturen/";

    private SiteGlobals() {
    }

    static Map<String, Object> build(SiteSettings settings, Vocabularies vocabularies, SiteIndex index, Cards cards, List<PageSpec> pages, AssetNames assets) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", settings.title());
        site.put("description", settings.description());
        site.put("baseUrl", settings.baseUrl());
        site.put("basePath", settings.basePath());
        site.put("assets", assets.asMap());
        site.put("editUrl", settings.links().editUrl());
        site.put("submitUrl", settings.links().submitUrl());
        site.put("submitPage", index.pages().stream().anyMatch(p -> p.url().equals(SUBMIT_PAGE)) ? SUBMIT_PAGE : "");
        site.put("nav", List.of(new Crumb("Handreikingen", "handreikingen/"), new Crumb("Praktijkvoorbeelden", "praktijkvoorbeelden/"),
                new Crumb("Thema's", "themas/"), new Crumb("Sectoren", "sectoren/"), new Crumb("Overzicht in cijfers", "overzicht/"),
                new Crumb("Kaart", MapPage.URL), new Crumb("Zoeken", "zoeken/"), new Crumb("Over", "over/")));
        site.put("sectoren", terms(Vocabularies.SECTOREN, vocabularies, index, "sectoren"));
        site.put("themas", terms(Vocabularies.THEMAS, vocabularies, index, "themas"));
        site.put("pijlers", terms(Vocabularies.PIJLERS, vocabularies, index, "pijlers"));
        site.put("provincies", vocabularies.list(Vocabularies.PROVINCIES).stream()
                .map(t -> BrowsePages.termLink(Vocabularies.PROVINCIES, t, index.practicesInProvince(t.id()).size())).toList());
        site.put("handreikingen", cards.cards(index.guides()));
        site.put("latest", cards.cards(index.practices().stream().limit(LATEST).toList()));
        List<Map<String, Object>> years = new ArrayList<>();
        index.addedPerYear().forEach((year, docs) -> years.add(Map.of("year", year, "url", "overzicht/" + year + "/", "count", docs.size())));
        site.put("years", years);
        site.put("counts", Map.of("praktijkvoorbeelden", index.practices().size(), "handreikingen", index.guides().size(),
                "hoofdstukken", index.guides().stream().mapToInt(g -> index.chapters(g.guideSlug()).size()).sum(),
                "gemeenten", index.usedGemeenten().size()));
        site.put("feed", feed(settings, index));
        site.put("sitemap", pages.stream().map(p -> p.uri().replaceFirst("index\\.html$", "")).filter(u -> !u.endsWith(".html")).sorted()
                .map(u -> settings.baseUrl() + u).toList());
        site.put("updated", newest(index).toString());
        return Map.copyOf(site);
    }

    /** The newest date in the content: the site's "published date", the same on every run for the same input. */
    static LocalDate newest(SiteIndex index) {
        return index.practices().stream().flatMap(d -> java.util.stream.Stream.of(d.date("datum"), d.date("bijgewerkt")))
                .flatMap(java.util.Optional::stream).max(LocalDate::compareTo).orElse(LocalDate.of(2026, 1, 1));
    }

    static Date newestAsDate(SiteIndex index) {
        return Date.from(newest(index).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static List<TermLink> terms(String vocabulary, Vocabularies vocabularies, SiteIndex index, String field) {
        List<TermLink> terms = new ArrayList<>();
        for (Term t : vocabularies.list(vocabulary)) {
            terms.add(BrowsePages.termLink(vocabulary, t, index.practicesWith(field, t.id()).size()));
        }
        return terms;
    }

    private static List<Map<String, Object>> feed(SiteSettings settings, SiteIndex index) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Document d : index.practices().stream().limit(FEED_ENTRIES).toList()) {
            String url = settings.baseUrl() + d.url();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", d.title());
            entry.put("url", url);
            entry.put("id", settings.baseUrl().isEmpty() ? "urn:kennisbank:" + d.url() : url);
            entry.put("summary", d.text("samenvatting").orElse(""));
            entry.put("published", d.date("datum").map(LocalDate::toString).orElse(""));
            entry.put("updated", d.date("bijgewerkt").or(() -> d.date("datum")).map(LocalDate::toString).orElse(""));
            entries.add(entry);
        }
        return entries;
    }
}
