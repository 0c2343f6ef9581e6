package nl.kennisbank.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list for HTML that reaches a page from Markdown when the site owner enables it (jsoup's
 * {@link Safelist}): no script, style, frames, forms, embedded SVG/MathML, {@code <base>}, {@code <meta>},
 * comments or event handlers; URLs only as {@link SafeUrls} allows. A whole rendered body is parsed once, the
 * way a browser parses it inside {@code <main>}; the page gets only what jsoup's {@link Cleaner} built from that
 * tree. What the same safelist rejects in that tree is reported, so {@code check} names exactly what the build
 * removes.
 */
public final class HtmlSanitizer {

    private static final String BASE = "https://kennisbank.invalid/";

    private final Safelist safelist = safelist();

    /** A body after sanitising: the HTML to publish, what was removed and the URLs that were kept. */
    public record Sanitized(String html, List<Removal> removals, List<KeptUrl> urls) {}

    /** Something the allow-list removed: its offset in the body's HTML and a Dutch description. */
    public record Removal(int offset, String what) {}

    /** A link ({@code a href}) or image ({@code img src}) the allow-list kept, for the link and image checks. */
    public record KeptUrl(int offset, MarkdownLink.Kind kind, String url, String alt) {}

    private static Safelist safelist() {
        Safelist list = Safelist.relaxed()
                .addTags(
                        "figure",
                        "figcaption",
                        "section",
                        "aside",
                        "abbr",
                        "mark",
                        "small",
                        "del",
                        "ins",
                        "s",
                        "hr",
                        "dfn",
                        "kbd",
                        "time")
                .addAttributes(":all", "id", "class", "lang", "title", "dir")
                .addAttributes("a", "rel", "hreflang", "aria-label", "role")
                .addAttributes("th", "scope")
                .addAttributes("ol", "start", "reversed")
                .addAttributes("time", "datetime")
                .addAttributes("img", "loading", "decoding")
                .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
                .removeProtocols("img", "src", "http", "https")
                .removeProtocols("blockquote", "cite", "http", "https")
                .removeProtocols("q", "cite", "http", "https")
                .preserveRelativeLinks(true);
        String[] schemes = SafeUrls.SCHEMES.toArray(String[]::new);
        for (String[] urlAttribute :
                new String[][] {{"a", "href"}, {"img", "src"}, {"blockquote", "cite"}, {"q", "cite"}}) {
            list.addProtocols(urlAttribute[0], urlAttribute[1], schemes);
        }
        return list;
    }

    /** The whole body, sanitised; the same call serves the check and the build. */
    public Sanitized sanitize(String bodyHtml) {
        Document dirty = parse(bodyHtml);
        List<Removal> removals = new ArrayList<>();
        List<KeptUrl> urls = new ArrayList<>();
        for (Element el : dirty.body().getAllElements()) {
            if (el != dirty.body()) {
                inspect(el, removals, urls);
            }
        }
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return new Sanitized(clean.body().html(), List.copyOf(removals), List.copyOf(urls));
    }

    public String clean(String bodyHtml) {
        return sanitize(bodyHtml).html();
    }

    private void inspect(Element el, List<Removal> removals, List<KeptUrl> urls) {
        String tag = el.normalName();
        if (!safelist.isSafeTag(tag)) {
            removals.add(new Removal(el.sourceRange().startPos(), "het element <" + tag + ">"));
            return;
        }
        for (Attribute attr : el.attributes()) {
            if (!safelist.isSafeAttribute(tag, el, attr)) {
                removals.add(new Removal(attributeOffset(el, attr), describe(tag, attr)));
            } else if (tag.equals("a") && attr.getKey().equals("href")) {
                urls.add(new KeptUrl(el.sourceRange().startPos(), MarkdownLink.Kind.LINK, attr.getValue(), null));
            } else if (tag.equals("img") && attr.getKey().equals("src")) {
                urls.add(new KeptUrl(
                        el.sourceRange().startPos(), MarkdownLink.Kind.IMAGE, attr.getValue(), el.attr("alt")));
            }
        }
    }

    private static int attributeOffset(Element el, Attribute attr) {
        int at = attr.sourceRange().nameRange().startPos();
        return at >= 0 ? at : el.sourceRange().startPos();
    }

    private static String describe(String tag, Attribute attr) {
        String key = attr.getKey().toLowerCase(Locale.ROOT);
        String scheme = SafeUrls.scheme(attr.getValue());
        if (key.startsWith("on")) {
            return "het attribuut " + key + " op <" + tag + ">";
        }
        boolean url = key.equals("href") || key.equals("src") || key.equals("cite");
        if (url && !scheme.isEmpty() && !SafeUrls.SCHEMES.contains(scheme)) {
            return "een " + scheme + ":-adres in " + key + " op <" + tag + ">";
        }
        return "het attribuut " + key + " op <" + tag + ">";
    }

    /** Parsed as a browser parses it inside the page's body, keeping every node's position in the input. */
    private static Document parse(String bodyHtml) {
        Document doc = Document.createShell(BASE);
        Element body = doc.body();
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        List<Node> nodes = parser.parseFragmentInput(bodyHtml, body, BASE);
        for (Node node : nodes.toArray(Node[]::new)) {
            body.appendChild(node);
        }
        return doc;
    }
}
