package nl.kennisbank.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects from an AST what the checks need: headings with their ids, links, images, raw HTML and a word count. */
final class MarkdownInspector {

    private final DataHolder options;

    MarkdownInspector(DataHolder options) {
        this.options = options;
    }

    ParsedMarkdown inspect(Document ast) {
        HeaderIdGenerator ids = new HeaderIdGenerator.Factory().create();
        ids.generateIds(ast);
        List<Heading> headings = new ArrayList<>();
        Set<String> anchors = new LinkedHashSet<>();
        List<MarkdownLink> links = new ArrayList<>();
        List<RawHtml> html = new ArrayList<>();
        for (Node node : ast.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                String id = h.getAnchorRefId();
                headings.add(new Heading(h.getLevel(), id, h.getText().toString(), line(ast, node)));
                anchors.add(id);
            } else if (node instanceof Link link) {
                links.add(new MarkdownLink(MarkdownLink.Kind.LINK, link.getUrl().toString(), null, line(ast, node), column(ast, node)));
            } else if (node instanceof Image image) {
                links.add(new MarkdownLink(MarkdownLink.Kind.IMAGE, image.getUrl().toString(), image.getText().toString(), line(ast, node), column(ast, node)));
            } else if (node instanceof LinkRef ref) {
                Reference target = ref.getReferenceNode(ast);
                if (target != null) {
                    links.add(new MarkdownLink(MarkdownLink.Kind.LINK, target.getUrl().toString(), null, line(ast, node), column(ast, node)));
                }
            } else if (node instanceof ImageRef ref) {
                Reference target = ref.getReferenceNode(ast);
                if (target != null) {
                    links.add(new MarkdownLink(MarkdownLink.Kind.IMAGE, target.getUrl().toString(), ref.getText().toString(), line(ast, node), column(ast, node)));
                }
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                html.add(new RawHtml(node.getChars().toString(), line(ast, node), column(ast, node)));
            }
        }
        int words = ast.getChars().toString().split("\\s+").length;
        return new ParsedMarkdown(ast, List.copyOf(headings), Set.copyOf(anchors), List.copyOf(links), List.copyOf(html), words);
    }

    private static int line(Document ast, Node node) {
        return ast.getLineNumber(node.getStartOffset()) + 1;
    }

    private static int column(Document ast, Node node) {
        BasedSequence chars = ast.getChars();
        int offset = node.getStartOffset();
        int lineStart = offset;
        while (lineStart > 0 && chars.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        return offset - lineStart + 1;
    }
}
