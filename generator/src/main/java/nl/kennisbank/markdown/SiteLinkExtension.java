package nl.kennisbank.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import nl.kennisbank.markdown.internal.SiteLinkResolverFactory;

/**
 * A flexmark extension that rewrites links between content files ({@code ../praktijkvoorbeelden/u-pas.md#zo-werkt-het})
 * into page URLs relative to the page being rendered. The rewriter for a document is set on the parsed document
 * under {@link #REWRITER}, so one shared renderer serves every page.
 */
public final class SiteLinkExtension implements HtmlRenderer.HtmlRendererExtension {

    /** The per-document rewriter; the identity when unset. */
    public static final DataKey<LinkRewriter> REWRITER = new DataKey<>("KENNISBANK_LINK_REWRITER", url -> url);

    private SiteLinkExtension() {}

    public static SiteLinkExtension create() {
        return new SiteLinkExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options of our own beyond REWRITER, which is set per document
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(new SiteLinkResolverFactory());
    }
}
