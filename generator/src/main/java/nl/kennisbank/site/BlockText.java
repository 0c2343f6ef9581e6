package nl.kennisbank.site;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The plain text of an HTML body with one line per block (paragraph, heading, list item), so that search
 * snippets never join a heading to the sentence under it.
 */
final class BlockText implements NodeVisitor {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern LINE_BREAKS = Pattern.compile(" ?\\n[\\n ]*");

    private final StringBuilder out;

    private BlockText(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    static String of(String html) {
        BlockText text = new BlockText(html.length() / 2);
        NodeTraversor.traverse(text, Jsoup.parseBodyFragment(html).body());
        String spaced = SPACES.matcher(text.out).replaceAll(" ");
        return LINE_BREAKS.matcher(spaced).replaceAll("\n").strip();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            out.append(t.text());
        } else if (node instanceof Element e && e.nameIs("br")) {
            out.append('\n');
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
            out.append('\n');
        }
    }
}
