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

    private static final Set<String> ACTIVE_ELEMENTS = Set.of(
            "script",
            "iframe",
            "object",
            "embed",
            "frame",
            "frameset",
            "base",
            "meta",
            "form",
            "applet",
            "link",
            "style");

    /**
     * Attributes whose value a browser never navigates to or runs, whatever it says: {@code id="javascript:x"} is a
     * name, not a URL (an in-page link to it is {@code #javascript:x}, a fragment). Every other attribute with a
     * {@code javascript:}-style value counts, so a URL attribute this list does not know is still caught.
     */
    private static final Set<String> NEVER_URLS = Set.of(
            "id",
            "class",
            "title",
            "alt",
            "lang",
            "dir",
            "name",
            "scope",
            "datetime",
            "aria-label",
            "role",
            "loading",
            "decoding",
            "hreflang",
            "start",
            "reversed",
            "width",
            "height",
            "colspan",
            "rowspan",
            "align");

    private ActiveContent() {}

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
                String value =
                        a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on")
                        || name.equals("style")
                        || name.equals("srcdoc")
                        || name.equals("formaction")
                        || (!NEVER_URLS.contains(name)
                                && (value.startsWith("javascript:")
                                        || value.startsWith("vbscript:")
                                        || value.startsWith("data:text")))) {
                    found.add("<" + tag + " " + a.getKey() + "=\"" + a.getValue() + "\">");
                }
            }
        }
        return found;
    }
}
