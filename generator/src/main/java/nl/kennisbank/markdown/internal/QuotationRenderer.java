package nl.kennisbank.markdown.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import java.util.regex.Pattern;

/** Renders a block quote that ends in a source line ("— …") as a figure with the source as its caption. */
public final class QuotationRenderer implements NodeRenderer {

    /** A source line starts with an em or en dash, or two or three hyphens (which typography turns into a dash). */
    private static final Pattern SOURCE_LINE = Pattern.compile("^(\u2014|\u2013|---?)\\s");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(BlockQuote.class, this::render));
    }

    private void render(BlockQuote quote, NodeRendererContext context, HtmlWriter html) {
        Node source = quote.getLastChild();
        if (!(source instanceof Paragraph)
                || source == quote.getFirstChild()
                || !SOURCE_LINE.matcher(source.getChars().toString().strip()).find()) {
            context.delegateRender();
            return;
        }
        html.attr("class", "citaat").withAttr().tagLineIndent("figure", () -> {
            html.tagLineIndent("blockquote", () -> {
                for (Node child = quote.getFirstChild(); child != source; child = child.getNext()) {
                    context.render(child);
                }
            });
            html.tag("figcaption");
            context.renderChildren(source);
            html.tag("/figcaption").line();
        });
    }

    /** Creates the renderer; it has no options. */
    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new QuotationRenderer();
        }
    }
}
