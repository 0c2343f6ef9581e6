package nl.kennisbank.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one flexmark parser and renderer of the build. Both are immutable after construction and safe to share
 * between threads; each document's AST is used by one thread at a time.
 */
public final class MarkdownProcessor {

    private final Parser parser;
    private final Parser plainParser;
    private final HtmlRenderer renderer;
    private final MarkdownInspector inspector;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public MarkdownProcessor() {
        DataHolder options = options(true);
        this.parser = Parser.builder(options).build();
        this.plainParser = Parser.builder(options(false)).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.inspector = new MarkdownInspector(options);
    }

    static DataHolder options(boolean autolinks) {
        MutableDataSet options = new MutableDataSet();
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new java.util.ArrayList<>(List.of(TablesExtension.create(),
                FootnoteExtension.create(), TypographicExtension.create(), StrikethroughExtension.create(), SiteLinkExtension.create()));
        if (autolinks) {
            extensions.add(AutolinkExtension.create());
        }
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -_");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        // Dutch typography: curly double and single quotes (“…”, ‘…’), as the Taalunie and Onze Taal advise.
        // Written as characters, not entities, so the HTML reads like the text.
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C");
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D");
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018");
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019");
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
        options.set(TypographicExtension.ELLIPSIS, "\u2026");
        options.set(TypographicExtension.ELLIPSIS_SPACED, "\u2026");
        options.set(TypographicExtension.EN_DASH, "\u2013");
        options.set(TypographicExtension.EM_DASH, "\u2014");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "voetnoot-terug");
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "terug naar de tekst");
        return options.toImmutable();
    }

    /**
     * Parses a body. Bare-URL autolinking scans every text node and costs about a third of parsing, so it runs
     * only for bodies that contain something that could become a link.
     */
    public ParsedMarkdown parse(String markdown) {
        boolean mayHaveBareLinks = markdown.contains("://") || markdown.contains("www.") || markdown.indexOf('@') >= 0;
        Document ast = (mayHaveBareLinks ? parser : plainParser).parse(markdown);
        return inspector.inspect(ast);
    }

    /**
     * Renders a parsed body with its links rewritten. flexmark escapes all text and the validation stage refuses
     * unsafe link schemes, so only bodies with raw HTML need the (costly) allow-list sanitiser.
     */
    public String render(ParsedMarkdown parsed, LinkRewriter rewriter) {
        parsed.ast().set(SiteLinkExtension.REWRITER, rewriter);
        String html = renderer.render(parsed.ast());
        return parsed.rawHtml().isEmpty() ? html : sanitizer.clean(html);
    }

    public HtmlSanitizer sanitizer() {
        return sanitizer;
    }
}
