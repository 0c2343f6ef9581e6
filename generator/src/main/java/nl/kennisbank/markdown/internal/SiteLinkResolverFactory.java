package nl.kennisbank.markdown.internal;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import nl.kennisbank.markdown.LinkRewriter;
import nl.kennisbank.markdown.SafeUrls;
import nl.kennisbank.markdown.SiteLinkExtension;

/**
 * Creates the resolver that applies the document's {@link LinkRewriter} to every link and image. A URL that
 * {@link SafeUrls} does not allow ({@code javascript:}, {@code data:} …) becomes {@code #}: the link check already
 * refuses it, and this keeps it off the page even if a caller skipped that check.
 */
public final class SiteLinkResolverFactory extends IndependentLinkResolverFactory {

    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
        LinkRewriter rewriter = SiteLinkExtension.REWRITER.get(context.getDocument());
        return (Node node, LinkResolverBasicContext ctx, ResolvedLink link) -> {
            if (!SafeUrls.isSafe(link.getUrl())) {
                return link.withUrl("#").withStatus(LinkStatus.VALID);
            }
            String rewritten = rewriter.rewrite(link.getUrl());
            return rewritten.equals(link.getUrl())
                    ? link
                    : link.withUrl(rewritten).withStatus(LinkStatus.VALID);
        };
    }
}
