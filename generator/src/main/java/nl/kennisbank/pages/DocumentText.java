package nl.kennisbank.pages;

import java.util.List;

/**
 * What every page made from a document (practice, guide, chapter, page) shows of it.
 *
 * @param body         the rendered, sanitised HTML of the Markdown body
 * @param summary      the front matter's samenvatting, "" when it has none
 * @param bronnen      the sources, in front matter order
 * @param dateLabel    the datum in Dutch ("3 maart 2025"), "" when there is none
 * @param updatedLabel the bijgewerkt date in Dutch, "" when there is none
 */
public record DocumentText(String body, String summary, List<Source> bronnen, String dateLabel, String updatedLabel) {

    /** One source: title, publisher, link ("" when none) and its date in Dutch ("" when the source gives none). */
    public record Source(String titel, String uitgever, String link, String datum) {}
}
