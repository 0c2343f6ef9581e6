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
            parts.add(part);
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", guide.title());
        info.put("url", guide.url());
        info.put("summary", guide.text("samenvatting").orElse(""));
        info.put("dateLabel", DutchDates.format(guide.date("datum").orElse(null)));
        info.put("body", bodies.get(guide.path()));
        return factory.page("handreiking-print", guide.url() + "print/", guide.title() + " (printversie)", guide.text("samenvatting").orElse(""))
                .crumb("Handreikingen", "handreikingen/").crumb(guide.title(), guide.url())
                .put("guide", info).put("chapters", parts).date(guide.date("datum").orElse(null)).build();
    }

    private static final java.util.regex.Pattern HEADING_TAG = java.util.regex.Pattern.compile("<(/?)h([2-5])([ >])");

    /**
     * Prefixes ids and in-page links, and moves headings one level down. Works on the generator's own output, in
     * which a quote inside text is always escaped, so {@code id="} and {@code href="#} only occur in attributes.
     */
    static String prefixIds(String html, String prefix) {
        String ids = html.replace(" id=\"", " id=\"" + prefix).replace(" href=\"#", " href=\"#" + prefix);
        java.util.regex.Matcher m = HEADING_TAG.matcher(ids);
        StringBuilder out = new StringBuilder(ids.length() + 64);
        while (m.find()) {
            m.appendReplacement(out, "<" + m.group(1) + "h" + (Integer.parseInt(m.group(2)) + 1) + m.group(3));
        }
        m.appendTail(out);
        return out.toString();
    }
}
