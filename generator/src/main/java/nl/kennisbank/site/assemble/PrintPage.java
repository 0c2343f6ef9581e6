package nl.kennisbank.site.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Guide;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.pages.GuidePrintModel;

/**
 * The one-page print version of a guide: every chapter in order, with heading ids prefixed per chapter
 * ({@code h2-…}) so they stay unique on the page and in-chapter anchors keep working, and headings one level
 * lower, because each chapter title is an h2 on this page.
 */
final class PrintPage {

    /** An href or src attribute whose value is relative: no scheme, not site-absolute, not an in-page anchor. */
    private static final java.util.regex.Pattern RELATIVE =
            java.util.regex.Pattern.compile(" (href|src)=\"(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)");

    private final PageFactory factory;
    private final Map<String, String> bodies;

    PrintPage(PageFactory factory, Map<String, String> bodies) {
        this.factory = factory;
        this.bodies = bodies;
    }

    PageSpec build(Document guide, List<Document> chapters) {
        List<GuidePrintModel.Chapter> parts = new ArrayList<>();
        for (Document chapter : chapters) {
            String prefix = "h" + chapter.chapter() + "-";
            parts.add(new GuidePrintModel.Chapter(
                    chapter.chapter(),
                    chapter.title(),
                    "hoofdstuk-" + chapter.chapter(),
                    prefixIds(bodies.get(chapter.path()), prefix),
                    Facts.sources(chapter.asChapter().bronnen())));
        }
        Guide typed = guide.asGuide();
        GuidePrintModel.Guide info = new GuidePrintModel.Guide(
                guide.title(),
                guide.url(),
                typed.samenvatting(),
                DutchDates.format(typed.datum()),
                oneLevelDeeper(bodies.get(guide.path())),
                Facts.sources(typed.bronnen()));
        return factory.page(
                        "handreiking-print",
                        guide.url() + "print/",
                        guide.title() + " (printversie)",
                        typed.samenvatting())
                .crumb("Handreikingen", "handreikingen/")
                .crumb(guide.title(), guide.url())
                .date(typed.datum())
                .build(new GuidePrintModel(info, List.copyOf(parts)));
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
            if ((open || close)
                    && at + 2 < ids.length()
                    && ids.charAt(at + 1) >= '2'
                    && ids.charAt(at + 1) <= '5'
                    && (ids.charAt(at + 2) == '>' || ids.charAt(at + 2) == ' ')) {
                out.append(ids, from, at + 1).append((char) (ids.charAt(at + 1) + 1));
                from = at + 2;
            }
        }
        return out.append(ids, from, ids.length()).toString();
    }
}
