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
import nl.kennisbank.config.HtmlMode;

/**
 * The one flexmark parser and renderer of the build. Both are immutable after construction and safe to share
 * between threads; each document's AST is used by one thread at a time.
 */
public final class MarkdownProcessor {

    private final Parser parser;
    private final Parser plainParser;
    private final HtmlRenderer renderer;
    private final HtmlRenderer escapingRenderer;
    private final MarkdownInspector inspector;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public MarkdownProcessor() {
        this(true);
    }

    /** With {@code plainText} false, without the {@link PlainTextExtension}: for tests that compare the two. */
    MarkdownProcessor(boolean plainText) {
        DataHolder options = options(true, plainText);
        this.parser = Parser.builder(options).build();
        this.plainParser = Parser.builder(options(false, plainText)).build();
        this.renderer = HtmlRenderer.builder(options)
                .htmlIdGeneratorFactory(new KeptHeadingIds())
                .build();
        this.escapingRenderer = HtmlRenderer.builder(escaping(options))
                .htmlIdGeneratorFactory(new KeptHeadingIds())
                .build();
        this.inspector = new MarkdownInspector();
    }

    static DataHolder options(boolean autolinks, boolean plainText) {
        MutableDataSet options = new MutableDataSet();
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new java.util.ArrayList<>(List.of(
                TablesExtension.create(),
                FootnoteExtension.create(),
                TypographicExtension.create(),
                StrikethroughExtension.create(),
                SiteLinkExtension.create(),
                QuotationExtension.create()));
        if (autolinks) {
            extensions.add(AutolinkExtension.create());
        }
        if (plainText) {
            extensions.add(PlainTextExtension.create());
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

    /** Raw HTML of every kind, comments included, rendered as text. */
    private static DataHolder escaping(DataHolder options) {
        MutableDataSet escape = new MutableDataSet(options);
        for (com.vladsch.flexmark.util.data.DataKey<Boolean> key : List.of(
                HtmlRenderer.ESCAPE_HTML,
                HtmlRenderer.ESCAPE_HTML_BLOCKS,
                HtmlRenderer.ESCAPE_HTML_COMMENT_BLOCKS,
                HtmlRenderer.ESCAPE_INLINE_HTML,
                HtmlRenderer.ESCAPE_INLINE_HTML_COMMENTS)) {
            escape.set(key, true);
        }
        return escape.toImmutable();
    }

    /**
     * Parses a body. Bare-URL autolinking scans every text node and costs about a third of parsing, so it runs
     * only for bodies that contain something that could become a link.
     */
    public ParsedMarkdown parse(String markdown) {
        return parse(markdown, ReservedIds.NONE);
    }

    /** Parses a body for a page that already uses the {@code reserved} ids: its headings get other ids. */
    public ParsedMarkdown parse(String markdown, ReservedIds reserved) {
        boolean mayHaveBareLinks = markdown.contains("://") || markdown.contains("www.") || markdown.indexOf('@') >= 0;
        Document ast = (mayHaveBareLinks ? parser : plainParser).parse(markdown);
        return inspector.inspect(ast, reserved);
    }

    /**
     * Renders a parsed body with its links rewritten. Text is escaped by flexmark and every URL passes
     * {@link SafeUrls} in the link resolver. Raw HTML is escaped ({@link HtmlMode#ESCAPE}) or, with the allow-list,
     * the whole rendered body is sanitised as one tree and only the sanitiser's output is returned.
     */
    public String render(ParsedMarkdown parsed, LinkRewriter rewriter, HtmlMode mode) {
        parsed.ast().set(SiteLinkExtension.REWRITER, rewriter);
        if (mode == HtmlMode.ESCAPE) {
            return escapingRenderer.render(parsed.ast());
        }
        String html = renderer.render(parsed.ast());
        return parsed.rawHtml().isEmpty() ? html : sanitizer.clean(html);
    }

    /**
     * What the allow-list does to a body's raw HTML, each at its place in the Markdown: what it removes, and the
     * links and images in the raw HTML that it keeps (those need the same checks as Markdown links).
     */
    public RawHtmlReport inspectRawHtml(ParsedMarkdown parsed) {
        if (parsed.rawHtml().isEmpty()) {
            return new RawHtmlReport(List.of(), List.of());
        }
        parsed.ast().set(SiteLinkExtension.REWRITER, url -> url);
        String html = renderer.render(parsed.ast());
        return new RawHtmlLocator(html, parsed.rawHtml()).report(sanitizer.sanitize(html));
    }
}
