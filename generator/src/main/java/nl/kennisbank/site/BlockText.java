package nl.kennisbank.site;

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

    private final StringBuilder out;

    private BlockText(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    static String of(String html) {
        BlockText text = new BlockText(html.length() / 2);
        NodeTraversor.traverse(text, Jsoup.parseBodyFragment(html).body());
        return tidy(text.out);
    }

    /** Runs of spaces become one space, a line break swallows the spaces and empty lines around it; no edges. */
    static String tidy(StringBuilder raw) {
        StringBuilder out = new StringBuilder(raw.length());
        char pending = 0; // ' ' or '\n' not yet written
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                pending = '\n';
            } else if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r') {
                if (pending == 0) {
                    pending = ' ';
                }
            } else {
                if (pending != 0 && !out.isEmpty()) {
                    out.append(pending);
                }
                pending = 0;
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            // as TextNode.text() would give it, without its copy: line breaks and no-break spaces are spaces here
            String whole = t.getWholeText();
            for (int i = 0; i < whole.length(); i++) {
                char c = whole.charAt(i);
                out.append(c == '\n' || c == '\u00a0' ? ' ' : c);
            }
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
