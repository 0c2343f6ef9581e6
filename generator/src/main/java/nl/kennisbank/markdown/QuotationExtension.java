package nl.kennisbank.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import nl.kennisbank.markdown.internal.QuotationRenderer;

/**
 * A flexmark extension for quotations with their source, in plain Markdown: a block quote whose last paragraph
 * starts with a dash ({@code — Alliantie Kinderarmoede, 2019}) is rendered as
 * {@code <figure class="citaat"><blockquote>…</blockquote><figcaption>— …</figcaption></figure>}, so the source
 * stays outside the quoted words, as HTML wants. Any other block quote renders as usual.
 */
public final class QuotationExtension implements HtmlRenderer.HtmlRendererExtension {

    private QuotationExtension() {}

    public static QuotationExtension create() {
        return new QuotationExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new QuotationRenderer.Factory());
    }
}
