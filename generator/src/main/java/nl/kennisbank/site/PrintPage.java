package nl.kennisbank.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Document;
import nl.kennisbank.jbake.PageSpec;

/**
 * The one-page print version of a guide: every chapter in order, with heading ids prefixed per chapter
 * ({@code h2-…}) so they stay unique on the page and in-chapter anchors keep working, and headings one level
 * lower, because each chapter title is an h2 on this page.
 */
final class PrintPage {

    /** An href or src attribute whose value is relative: no scheme, not site-absolute, not an in-page anchor. */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(" (href|src)=\"(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)");

    private final PageFactory factory;
    private final Map<String, String> bodies;

    PrintPage(PageFactory factory, Map<String, String> bodies) {
        this.factory = factory;
        this.bodies = bodies;
    }

    PageSpec build(Document guide, List<Document> chapters) {
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Document chapter : chapters) {
            String prefix = "h" + chapter.chapter() + "-";
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("nr", chapter.chapter());
            part.put("title", chapter.title());
            part.put("id", "hoofdstuk-" + chapter.chapter());
            part.put("body", prefixIds(bodies.get(chapter.path()), prefix));
            part.put("bronnen", Facts.sources(chapter));
            parts.add(part);
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", guide.title());
        info.put("url", guide.url());
        info.put("summary", guide.text("samenvatting").orElse(""));
        info.put("dateLabel", DutchDates.format(guide.date("datum").orElse(null)));
        info.put("body", oneLevelDeeper(bodies.get(guide.path())));
        info.put("bronnen", Facts.sources(guide));
        return factory.page("handreiking-print", guide.url() + "print/", guide.title() + " (printversie)", guide.text("samenvatting").orElse(""))
                .crumb("Handreikingen", "handreikingen/").crumb(guide.title(), guide.url())
                .put("guide", info).put("chapters", parts).date(guide.date("datum").orElse(null)).build();
    }

    /** Relative links and images of a body rendered for the guide's page, fixed for its print page one folder down. */
    static String oneLevelDeeper(String html) {
        return RELATIVE.matcher(html).replaceAll(" $1=\"../");
    }

    /**
     * Prefixes ids and in-page links, and moves headings one level down. Works on the generator's own output, in
     * which a quote inside text is always escaped, so {@code id="} and {@code href="#} only occur in attributes.
     */
    static String prefixIds(String html, String prefix) {
        String ids = html.replace(" id=\"", " id=\"" + prefix).replace(" href=\"#", " href=\"#" + prefix);
        StringBuilder out = new StringBuilder(ids.length() + 64);
        int from = 0;
        for (int at = ids.indexOf("h", 0); at >= 0; at = ids.indexOf("h", at + 1)) {
            boolean open = at >= 1 && ids.charAt(at - 1) == '<';
            boolean close = at >= 2 && ids.charAt(at - 1) == '/' && ids.charAt(at - 2) == '<';
            if ((open || close) && at + 2 < ids.length() && ids.charAt(at + 1) >= '2' && ids.charAt(at + 1) <= '5'
                    && (ids.charAt(at + 2) == '>' || ids.charAt(at + 2) == ' ')) {
                out.append(ids, from, at + 1).append((char) (ids.charAt(at + 1) + 1));
                from = at + 2;
            }
        }
        return out.append(ids, from, ids.length()).toString();
    }
}
