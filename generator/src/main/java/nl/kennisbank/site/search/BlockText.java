package nl.kennisbank.site.search;

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

    /**
     * The same text as {@link #of}, read straight from the markup instead of from a jsoup tree: for HTML as flexmark
     * writes it from Markdown without raw HTML (well-formed, every element closed, no comments, scripts or tables
     * without their sections). Blocks are jsoup's; entities are decoded by jsoup. Other HTML goes to {@link #of}.
     */
    static String ofRendered(String html) {
        if (html.indexOf('\r') >= 0 || html.indexOf('\0') >= 0 || html.contains("<!") || html.contains("<?")) {
            return of(html);
        }
        BlockText text = new BlockText(html.length() / 2);
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            int end = lt < 0 ? n : lt;
            if (end > i) {
                text.text(html, i, end);
            }
            if (lt < 0) {
                break;
            }
            i = text.tag(html, lt);
            if (i < 0) {
                return of(html);
            }
        }
        return tidy(text.out);
    }

    private void text(String html, int from, int to) {
        int amp = html.indexOf('&', from);
        if (amp >= 0 && amp < to) {
            String part = org.jsoup.parser.Parser.unescapeEntities(html.substring(from, to), false);
            appendSpaced(part, 0, part.length());
        } else {
            appendSpaced(html, from, to);
        }
    }

    /**
     * Appends {@code text[from, to)} with line breaks and no-break spaces as spaces (as {@code TextNode.text()}
     * would give them), in runs between them rather than character by character.
     */
    private void appendSpaced(String text, int from, int to) {
        int run = from;
        int lineBreak = text.indexOf('\n', from, to);
        int noBreak = text.indexOf('\u00a0', from, to);
        while (lineBreak >= 0 || noBreak >= 0) {
            int at = lineBreak < 0 ? noBreak : noBreak < 0 ? lineBreak : Math.min(lineBreak, noBreak);
            out.append(text, run, at).append(' ');
            run = at + 1;
            if (at == lineBreak) {
                lineBreak = text.indexOf('\n', run, to);
            } else {
                noBreak = text.indexOf('\u00a0', run, to);
            }
        }
        out.append(text, run, to);
    }

    /** Reads the tag at {@code lt}; returns the index after it, or -1 when it is not plain markup. */
    private int tag(String html, int lt) {
        boolean closing = lt + 1 < html.length() && html.charAt(lt + 1) == '/';
        int nameStart = lt + (closing ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < html.length() && Character.isLetterOrDigit(html.charAt(nameEnd))) {
            nameEnd++;
        }
        int gt = nameEnd;
        while (gt < html.length()
                && html.charAt(gt) != '>') { // a '>' inside a quoted attribute value does not end the tag
            char c = html.charAt(gt);
            gt = c == '"' || c == '\'' ? html.indexOf(c, gt + 1) + 1 : gt + 1;
            if (gt == 0) {
                return -1;
            }
        }
        if (gt >= html.length() || nameEnd == nameStart) {
            return -1; // not a tag flexmark writes: let jsoup read it
        }
        String name = html.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
        org.jsoup.parser.Tag tag = org.jsoup.parser.Tag.valueOf(name);
        if (!closing && name.equals("br")) {
            out.append('\n');
        }
        boolean endsElement = closing || tag.isSelfClosing() || html.charAt(gt - 1) == '/';
        if (endsElement && tag.isBlock()) {
            out.append('\n');
        }
        return gt + 1;
    }

    /** Runs of spaces become one space, a line break swallows the spaces and empty lines around it; no edges. */
    static String tidy(StringBuilder raw) {
        int n = raw.length();
        char[] in = new char[n];
        raw.getChars(0, n, in, 0);
        char[] out = new char[n]; // never longer: each space or line break written stands for at least one read
        int size = 0;
        char pending = 0; // ' ' or '\n' not yet written
        int i = 0;
        while (i < n) {
            char c = in[i];
            if (c == '\n') {
                pending = '\n';
                i++;
            } else if (isSpace(c)) {
                if (pending == 0) {
                    pending = ' ';
                }
                i++;
            } else {
                int end = i + 1;
                while (end < n && in[end] != '\n' && !isSpace(in[end])) {
                    end++;
                }
                if (pending != 0 && size > 0) {
                    out[size++] = pending;
                }
                pending = 0;
                System.arraycopy(in, i, out, size, end - i); // a run of visible characters in one copy
                size += end - i;
                i = end;
            }
        }
        return new String(out, 0, size);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            // as TextNode.text() would give it, without its copy: line breaks and no-break spaces are spaces here
            String whole = t.getWholeText();
            appendSpaced(whole, 0, whole.length());
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
