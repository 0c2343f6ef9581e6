package nl.kennisbank.pages;

import java.util.List;

/**
 * A document as listing pages show it.
 *
 * @param type      the document kind's schema name (praktijkvoorbeeld, handreiking, …)
 * @param date      ISO date, "" when none
 * @param sectoren  the labels of its sectors
 * @param gemeenten the names of its municipalities
 */
public record Card(
        String title,
        String url,
        String summary,
        String type,
        String typeLabel,
        String date,
        String dateLabel,
        List<String> sectoren,
        List<String> gemeenten,
        String status,
        String statusLabel) {}
