package nl.kennisbank.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list for HTML that reaches a page from Markdown (jsoup's {@link Safelist}): no script, style,
 * frames, forms or event handlers; links only to http(s), mailto and tel or relative URLs. {@link #findUnsafe}
 * names what an editor wrote that would be removed, so the build can say where.
 */
public final class HtmlSanitizer {

    private final Safelist safelist = Safelist.relaxed()
            .addTags("figure", "figcaption", "section", "aside", "abbr", "mark", "small", "del", "ins", "s", "hr", "dfn", "kbd", "time")
            .addAttributes(":all", "id", "class", "lang", "title", "dir")
            .addAttributes("a", "rel", "hreflang", "aria-label", "role")
            .addAttributes("th", "scope")
            .addAttributes("ol", "start", "reversed")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .addAttributes("img", "loading", "decoding")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    public String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, "https://kennisbank.invalid/");
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Dutch descriptions of what in this HTML fragment is not allowed; empty when it is safe. */
    public List<String> findUnsafe(String fragment) {
        List<String> unsafe = new ArrayList<>();
        Document doc = Jsoup.parseBodyFragment(fragment, "https://kennisbank.invalid/");
        for (Element el : doc.body().getAllElements()) {
            if (el == doc.body()) {
                continue;
            }
            String tag = el.normalName();
            if (!safelist.isSafeTag(tag)) {
                unsafe.add("het element <" + tag + ">");
                continue;
            }
            for (Attribute attr : el.attributes()) {
                String key = attr.getKey().toLowerCase(Locale.ROOT);
                String value = attr.getValue().trim().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                if (key.startsWith("on")) {
                    unsafe.add("het attribuut " + key + " op <" + tag + ">");
                } else if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text")) {
                    unsafe.add("een " + value.substring(0, value.indexOf(':') + 1) + "-adres in " + key + " op <" + tag + ">");
                } else if (key.equals("style")) {
                    unsafe.add("het attribuut style op <" + tag + ">");
                }
            }
        }
        return unsafe;
    }
}
