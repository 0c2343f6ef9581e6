package nl.kennisbank.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.jbake.PageSpec;

/**
 * "Overzicht goede voorbeelden" per year and over all years (the cabinet's Ambitie 4: a periodic overview of good
 * examples): what was added and updated, per pijler, sector and thema, as charts with the same numbers in tables,
 * and the downloads ({@link OpenData}) made from the same figures.
 */
final class OverviewPages {

    private final PageContext site;
    private final OpenData openData;

    OverviewPages(PageContext site, OpenData openData) {
        this.site = site;
        this.openData = openData;
    }

    /** The figures per year, newest year first. */
    List<OverviewFigures> years() {
        List<OverviewFigures> years = new ArrayList<>();
        site.index().addedPerYear().forEach((year, added) -> years.add(OverviewFigures.of(year, added, site.index().updatedIn(year), site.vocabularies())));
        return years;
    }

    /** The figures over all years: every published practice, and those updated after publication. */
    OverviewFigures allYears() {
        List<Document> updated = site.index().practices().stream().filter(d -> d.date("bijgewerkt").isPresent()).toList();
        return OverviewFigures.of(0, site.index().practices(), updated, site.vocabularies());
    }

    List<PageSpec> all() {
        List<PageSpec> pages = new ArrayList<>();
        List<Map<String, Object>> years = new ArrayList<>();
        List<BarChart.Row> perYear = new ArrayList<>();
        for (OverviewFigures figures : years()) {
            int year = figures.year();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("year", year);
            summary.put("url", "overzicht/" + year + "/");
            summary.put("count", figures.added().size() + figures.updated().size());
            summary.put("added", figures.added().size());
            summary.put("updated", figures.updated().size());
            summary.put("csv", OpenData.yearFile(year, "csv"));
            summary.put("json", OpenData.yearFile(year, "json"));
            years.add(summary);
            perYear.add(new BarChart.Row(String.valueOf(year), List.of(figures.added().size(), figures.updated().size())));
            pages.add(site.factory().page("overzicht", "overzicht/" + year + "/", "Overzicht goede voorbeelden " + year,
                            "Welke praktijkvoorbeelden in " + year + " zijn toegevoegd of bijgewerkt, in cijfers en grafieken.")
                    .crumb("Overzicht goede voorbeelden", "overzicht/")
                    .put("year", year).put("added", site.cards().cards(figures.added())).put("updated", site.cards().cards(figures.updated()))
                    .put("groups", groups(figures))
                    .put("csv", OpenData.yearFile(year, "csv")).put("json", OpenData.yearFile(year, "json")).build());
        }
        OverviewFigures all = allYears();
        BarChart yearChart = new BarChart("grafiek-jaren", "Nieuwe en bijgewerkte praktijkvoorbeelden per jaar", List.of("Nieuw", "Bijgewerkt"), perYear);
        pages.add(site.factory().page("overzicht-index", "overzicht/", "Overzicht goede voorbeelden",
                        "Per jaar en over alle jaren: de goede voorbeelden per pijler, sector en thema, met open data om te downloaden.")
                .put("years", years).put("yearChart", yearChart.svg()).put("total", all.added().size()).put("updatedTotal", all.updated().size())
                .put("groups", groups(all)).put("csv", OpenData.ALL_CSV).put("json", OpenData.ALL_JSON)
                .put("columns", openData.practiceColumns()).put("yearColumns", OpenData.yearColumns()).build());
        return pages;
    }

    private static List<Map<String, Object>> groups(OverviewFigures figures) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (OverviewFigures.Group group : figures.groups()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("name", group.name());
            g.put("heading", group.heading());
            g.put("svg", figures.chart(group).svg());
            g.put("rows", group.counts().stream().map(c -> Map.<String, Object>of("label", c.label(), "url", c.url(),
                    "added", c.added(), "updated", c.updated())).toList());
            groups.add(g);
        }
        return groups;
    }
}
