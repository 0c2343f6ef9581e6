package nl.kennisbank.pages;

import java.util.List;

/**
 * "Overzicht goede voorbeelden" of one year ({@code overzicht.ftlh}), with {@link PageFrame}.
 *
 * @param groups per pijler, sector and thema: a chart and its numbers
 * @param csv    the year's download (site-relative), as is {@code json}
 */
public record OverviewModel(
        int year, List<Card> added, List<Card> updated, List<FigureGroup> groups, String csv, String json) {

    /** One grouping of the figures: its chart (inline SVG) and the same numbers as table rows. */
    public record FigureGroup(String name, String heading, String svg, List<FigureRow> rows) {}

    /** One term's numbers. */
    public record FigureRow(String label, String url, int added, int updated) {}
}
