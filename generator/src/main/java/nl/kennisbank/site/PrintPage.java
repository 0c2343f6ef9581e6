package nl.kennisbank.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Document;
import nl.kennisbank.jbake.PageSpec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

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

    static String prefixIds(String html, String prefix) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element el : doc.body().select("[id]")) {
            el.attr("id", prefix + el.attr("id"));
        }
        for (Element h : doc.body().select("h2, h3, h4, h5")) {
            h.tagName("h" + (Integer.parseInt(h.tagName().substring(1)) + 1));
        }
        for (Element a : doc.body().select("a[href^=#]")) {
            a.attr("href", "#" + prefix + a.attr("href").substring(1));
        }
        return doc.body().html();
    }
}
