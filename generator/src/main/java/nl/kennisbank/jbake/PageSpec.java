package nl.kennisbank.jbake;

import java.time.LocalDate;
import java.util.List;

/**
 * One page to render, in our terms; the adapter turns it into JBake's {@code DocumentModel}.
 *
 * @param type   the page type; picks the template through {@code template.<type>.file}
 * @param uri    output file relative to the site root, e.g. {@code praktijkvoorbeelden/u-pas/index.html}
 * @param date   the page's date, or {@code null}
 * @param content everything else the template reads as {@code content}: typed records for the knowledge base's
 *                page types, JBake's map for a JBake-format document
 */
public record PageSpec(String type, String uri, String title, LocalDate date, List<String> tags, PageContent content) {}
