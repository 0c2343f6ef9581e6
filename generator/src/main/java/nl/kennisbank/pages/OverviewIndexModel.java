package nl.kennisbank.pages;

import java.util.List;
import nl.kennisbank.pages.OverviewModel.FigureGroup;

/**
 * The overview over all years ({@code overzicht-index.ftlh}), with {@link PageFrame}.
 *
 * @param years        per year its numbers and downloads, newest first
 * @param yearChart    the chart of new and updated practices per year (inline SVG)
 * @param total        every published practice
 * @param updatedTotal the practices updated after publication
 * @param columns      the columns of the practices download, explained
 * @param yearColumns  the columns of the yearly downloads, explained
 */
public record OverviewIndexModel(
        List<Year> years,
        String yearChart,
        int total,
        int updatedTotal,
        List<FigureGroup> groups,
        String csv,
        String json,
        List<Column> columns,
        List<Column> yearColumns) {

    /** One year's summary. */
    public record Year(int year, String url, int count, int added, int updated, String csv, String json) {}

    /** A download's column: its name and what it holds. */
    public record Column(String naam, String uitleg) {}
}
