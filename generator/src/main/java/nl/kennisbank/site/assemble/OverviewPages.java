package nl.kennisbank.site.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Document;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.pages.OverviewIndexModel;
import nl.kennisbank.pages.OverviewModel;

/**
 * "Overzicht goede voorbeelden" per year and over all years (the cabinet's Ambitie 4: a periodic overview of good
 * examples): what was added and updated, per pijler, sector and thema, as charts with the same numbers in tables,
 * and the downloads ({@link OpenData}) made from the same figures.
 */
public final class OverviewPages {

    private final PageContext site;
    private final OpenData openData;

    public OverviewPages(PageContext site, OpenData openData) {
        this.site = site;
        this.openData = openData;
    }

    /** The figures per year, newest year first. */
    public List<OverviewFigures> years() {
        List<OverviewFigures> years = new ArrayList<>();
        site.index()
                .addedPerYear()
                .forEach((year, added) ->
                        years.add(OverviewFigures.of(year, added, site.index().updatedIn(year), site.vocabularies())));
        return years;
    }

    /** The figures over all years: every published practice, and those updated after publication. */
    OverviewFigures allYears() {
        List<Document> updated = site.index().practices().stream()
                .filter(d -> d.typed().updated().isPresent())
                .toList();
        return OverviewFigures.of(0, site.index().practices(), updated, site.vocabularies());
    }

    public List<PageSpec> all() {
        List<PageSpec> pages = new ArrayList<>();
        List<OverviewIndexModel.Year> years = new ArrayList<>();
        List<BarChart.Row> perYear = new ArrayList<>();
        for (OverviewFigures figures : years()) {
            int year = figures.year();
            years.add(new OverviewIndexModel.Year(
                    year,
                    "overzicht/" + year + "/",
                    figures.added().size() + figures.updated().size(),
                    figures.added().size(),
                    figures.updated().size(),
                    OpenData.yearFile(year, "csv"),
                    OpenData.yearFile(year, "json")));
            perYear.add(new BarChart.Row(
                    String.valueOf(year),
                    List.of(figures.added().size(), figures.updated().size())));
            pages.add(site.factory()
                    .page(
                            "overzicht",
                            "overzicht/" + year + "/",
                            "Overzicht goede voorbeelden " + year,
                            "Welke praktijkvoorbeelden in " + year
                                    + " zijn toegevoegd of bijgewerkt, in cijfers en grafieken.")
                    .crumb("Overzicht goede voorbeelden", "overzicht/")
                    .build(new OverviewModel(
                            year,
                            site.cards().cards(figures.added()),
                            site.cards().cards(figures.updated()),
                            groups(figures),
                            OpenData.yearFile(year, "csv"),
                            OpenData.yearFile(year, "json"))));
        }
        OverviewFigures all = allYears();
        BarChart yearChart = new BarChart(
                "grafiek-jaren",
                "Nieuwe en bijgewerkte praktijkvoorbeelden per jaar",
                List.of("Nieuw", "Bijgewerkt"),
                perYear);
        pages.add(site.factory()
                .page(
                        "overzicht-index",
                        "overzicht/",
                        "Overzicht goede voorbeelden",
                        "Per jaar en over alle jaren: de goede voorbeelden per pijler, sector en thema, met open data om te downloaden.")
                .build(new OverviewIndexModel(
                        List.copyOf(years),
                        yearChart.svg(),
                        all.added().size(),
                        all.updated().size(),
                        groups(all),
                        OpenData.ALL_CSV,
                        OpenData.ALL_JSON,
                        columns(openData.practiceColumns()),
                        columns(OpenData.yearColumns()))));
        return pages;
    }

    private static List<OverviewIndexModel.Column> columns(List<Map<String, String>> columns) {
        return columns.stream()
                .map(c -> new OverviewIndexModel.Column(c.get("naam"), c.get("uitleg")))
                .toList();
    }

    private static List<OverviewModel.FigureGroup> groups(OverviewFigures figures) {
        List<OverviewModel.FigureGroup> groups = new ArrayList<>();
        for (OverviewFigures.Group group : figures.groups()) {
            groups.add(new OverviewModel.FigureGroup(
                    group.name(),
                    group.heading(),
                    figures.chart(group).svg(),
                    group.counts().stream()
                            .map(c -> new OverviewModel.FigureRow(c.label(), c.url(), c.added(), c.updated()))
                            .toList()));
        }
        return List.copyOf(groups);
    }
}
