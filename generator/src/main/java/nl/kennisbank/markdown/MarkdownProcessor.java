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
    private final HtmlRenderer renderer;
    private final MarkdownInspector inspector;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public MarkdownProcessor() {
        DataHolder options = options();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.inspector = new MarkdownInspector(options);
    }

    static DataHolder options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), AutolinkExtension.create(),
                TypographicExtension.create(), StrikethroughExtension.create(), SiteLinkExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -_");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        // Dutch typography: curly double and single quotes (“…”, ‘…’), as the Taalunie and Onze Taal advise.
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "&ldquo;");
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "&rdquo;");
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "&lsquo;");
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "&rsquo;");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "voetnoot-terug");
        return options.toImmutable();
    }

    public ParsedMarkdown parse(String markdown) {
        Document ast = parser.parse(markdown);
        return inspector.inspect(ast);
    }

    /** Renders a parsed body with its links rewritten, then passes it through the allow-list sanitiser. */
    public String render(ParsedMarkdown parsed, LinkRewriter rewriter) {
        parsed.ast().set(SiteLinkExtension.REWRITER, rewriter);
        return sanitizer.clean(renderer.render(parsed.ast()));
    }

    public HtmlSanitizer sanitizer() {
        return sanitizer;
    }
}
