package nl.kennisbank.markdown.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;
import nl.kennisbank.html.HtmlText;

/**
 * Renders a {@link Text} node without flexmark's regular expressions when they would change nothing. flexmark's core
 * renderer writes {@code escapeHtml(normalizeEOL(unescape(chars)))}: {@code unescape} acts only on a backslash or
 * an ampersand (backslash escapes, entities), {@code normalizeEOL} only on a carriage return, {@code escapeHtml}
 * only on {@code & < > "}. Text with none of those characters (nor NUL, which the parser may have to replace) is
 * written as it is; any other text is left to flexmark.
 */
public final class PlainTextRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
    }

    private void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = copy(node.getChars());
        if (isPlain(text)) {
            html.raw(text);
        } else if (needsOnlyEscaping(text)) {
            html.raw(HtmlText.escape(text));
        } else {
            context.delegateRender();
        }
    }

    /**
     * The node's text: a slice of the body's own string when the text is one piece of it (flexmark's {@code toString}
     * copies a sequence character by character, a tenth of rendering a body); any other sequence as flexmark gives it.
     */
    static String copy(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String body) {
            return body.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    /**
     * Whether flexmark's text rendering would only escape {@code & < > "}: no backslash escape, carriage return or NUL,
     * and no ampersand that could start an entity (one followed by a semicolon anywhere after it; a stricter test
     * than flexmark's, so any doubt goes to flexmark). Dutch prose has "Sport &amp; Cultuur" and quotes often enough
     * that flexmark's regular expressions were an eighth of rendering a body.
     */
    static boolean needsOnlyEscaping(String text) {
        int amp = text.indexOf('&');
        if (amp >= 0 && text.indexOf(';', amp) >= 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\\', '\r', '\0' -> {
                    return false;
                }
                default -> {
                    // written as it is, or escaped below
                }
            }
        }
        return true;
    }

    /** Whether flexmark's text rendering would write {@code text} unchanged. */
    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\\', '&', '<', '>', '"', '\r', '\0' -> {
                    return false;
                }
                default -> {
                    // an ordinary character
                }
            }
        }
        return true;
    }

    /** Creates the renderer; it has no options. */
    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new PlainTextRenderer();
        }
    }
}
