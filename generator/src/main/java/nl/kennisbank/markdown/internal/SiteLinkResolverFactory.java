package nl.kennisbank.markdown.internal;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import nl.kennisbank.markdown.LinkRewriter;
import nl.kennisbank.markdown.SiteLinkExtension;

/** Creates the resolver that applies the document's {@link LinkRewriter} to every link and image. */
public final class SiteLinkResolverFactory extends IndependentLinkResolverFactory {

    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
        LinkRewriter rewriter = SiteLinkExtension.REWRITER.get(context.getDocument());
        return (Node node, LinkResolverBasicContext ctx, ResolvedLink link) -> {
            String rewritten = rewriter.rewrite(link.getUrl());
            return rewritten.equals(link.getUrl()) ? link : link.withUrl(rewritten).withStatus(LinkStatus.VALID);
        };
    }
}
