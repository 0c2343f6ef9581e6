package nl.kennisbank.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;

/**
 * Finds a parsed body that nests deeper than rendering can follow. {@link BlockDepth} stops deep block quotes and
 * lists before parsing, but inline markup nests too: flexmark's HTML renderer recurses once per nested node, and a
 * paragraph of 2,000 emphases inside each other (30 KB of text) overflows a build thread's stack. The parser itself
 * copes, so the parsed tree is measured here, without recursion, before anything renders it.
 */
public final class TreeDepth {

    /** Deeper trees are refused: a page needs a few dozen levels; {@link BlockDepth#MAX} blocks take up to 200. */
    public static final int MAX = 500;

    private TreeDepth() {}

    /** Where the tree first goes deeper than {@link #MAX}: 1-based line and column in the body. */
    public static Optional<BlockDepth.TooDeep> find(ParsedMarkdown parsed, String markdown) {
        Node root = parsed.ast();
        Node node = root.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > MAX) {
                return Optional.of(position(markdown, node.getStartOffset()));
            }
            Node child = node.getFirstChild();
            if (child != null) {
                node = child;
                depth++;
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == root ? null : node.getNext();
        }
        return Optional.empty();
    }

    private static BlockDepth.TooDeep position(String markdown, int offset) {
        int at = Math.min(Math.max(offset, 0), markdown.length());
        LineIndex lines = new LineIndex(markdown);
        return new BlockDepth.TooDeep(lines.line(at), lines.column(at));
    }
}
