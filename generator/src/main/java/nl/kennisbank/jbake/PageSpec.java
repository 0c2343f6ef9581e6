package nl.kennisbank.jbake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page to render, in our terms; the adapter turns it into JBake's {@code DocumentModel}.
 *
 * @param type   the page type; picks the template through {@code template.<type>.file}
 * @param uri    output file relative to the site root, e.g. {@code praktijkvoorbeelden/u-pas/index.html}
 * @param date   the page's date, or {@code null}
 * @param fields everything else the template reads from {@code content}
 */
public record PageSpec(String type, String uri, String title, LocalDate date, List<String> tags, Map<String, Object> fields) {
}
