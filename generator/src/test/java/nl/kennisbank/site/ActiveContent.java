package nl.kennisbank.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** Finds what would run or navigate in a browser in a page's body, as the browser parses it (jsoup). */
final class ActiveContent {

    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "iframe", "object", "embed", "frame", "frameset", "base",
            "meta", "form", "applet", "link", "style");

    private ActiveContent() {
    }

    /** Script elements, frames, forms and the like, event handlers, and {@code javascript:}/{@code vbscript:}/{@code data:text} URLs. */
    static List<String> in(String html) {
        List<String> found = new ArrayList<>();
        Element body = Jsoup.parse(html).body();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script")) {
                found.add(e.outerHtml());
            } else if (ACTIVE_ELEMENTS.contains(tag)) {
                found.add("<" + tag + ">");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.equals("formaction")
                        || value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text")) {
                    found.add("<" + tag + " " + a.getKey() + "=\"" + a.getValue() + "\">");
                }
            }
        }
        return found;
    }
}
