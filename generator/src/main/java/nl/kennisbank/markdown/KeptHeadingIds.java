package nl.kennisbank.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The renderer's id generator: it writes the heading ids the inspector gave when the body was parsed
 * (so the ids in the page, the page's table of contents and the anchor checks are the same) instead of making them
 * again from the text.
 */
final class KeptHeadingIds implements HeaderIdGeneratorFactory {

    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
        return kept(new HeaderIdGenerator.Factory().create(context));
    }

    @Override
    public HtmlIdGenerator create() {
        return kept(new HeaderIdGenerator.Factory().create());
    }

    private static HtmlIdGenerator kept(HeaderIdGenerator fromText) {
        return new HtmlIdGenerator() {
            @Override
            public void generateIds(Document document) {
                // already done by MarkdownInspector
            }

            @Override
            public String getId(Node node) {
                return node instanceof AnchorRefTarget target
                                && !target.getAnchorRefId().isEmpty()
                        ? target.getAnchorRefId()
                        : null;
            }

            @Override
            public String getId(CharSequence text) {
                return fromText.getId(text);
            }
        };
    }
}
