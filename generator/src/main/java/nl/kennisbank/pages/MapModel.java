package nl.kennisbank.pages;

import java.util.List;
import nl.kennisbank.pages.Links.Place;

/**
 * The map page ({@code kaart.ftlh}), with {@link PageFrame}.
 *
 * @param mapSvg    the inline SVG map
 * @param legend    the map's colour classes
 * @param rows      per province the same numbers as a table, with its municipalities
 * @param nowhere   practices without a municipality or province
 * @param mapSource where the province shapes come from
 */
public record MapModel(String mapSvg, List<LegendEntry> legend, List<Province> rows, long nowhere, String mapSource) {

    /** One colour class of the map. */
    public record LegendEntry(String name, String fill, String label) {}

    /** One province: its page, its number of practices, its municipalities with practices. */
    public record Province(String id, String label, String url, int count, List<Place> gemeenten) {}
}
