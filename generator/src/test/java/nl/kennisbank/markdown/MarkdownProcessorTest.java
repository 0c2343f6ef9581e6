package nl.kennisbank.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.kennisbank.config.HtmlMode;
import org.junit.jupiter.api.Test;

class MarkdownProcessorTest {

    private final MarkdownProcessor markdown = new MarkdownProcessor();

    private String render(String md) {
        return render(md, HtmlMode.ALLOW_LIST);
    }

    private String render(String md, HtmlMode mode) {
        return markdown.render(
                markdown.parse(md), url -> url.endsWith(".md") ? "../" + url.replace(".md", "/") : url, mode);
    }

    @Test
    void rendersTablesFootnotesAndDutchQuotes() {
        String html = render("| a | b |\n|---|---|\n| 1 | 2 |\n\nZeg \"hallo\" en 'dag'[^1].\n\n[^1]: Noot.\n");
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("“hallo”") && html.contains("‘dag’"), html);
        assertTrue(html.contains("footnote-ref"), html);
    }

    @Test
    void givesHeadingsStableIdsAndReportsThem() {
        ParsedMarkdown parsed = markdown.parse("## Wat je kunt doen\n\n## Wat je kunt doen\n\n### Financiële hulp\n");
        assertEquals(
                List.of("wat-je-kunt-doen", "wat-je-kunt-doen-1", "financiële-hulp"),
                parsed.headings().stream().map(Heading::id).toList());
        assertTrue(render("## Wat je kunt doen\n").contains("<h2 id=\"wat-je-kunt-doen\">"));
    }

    @Test
    void rewritesLinksToMarkdownFiles() {
        assertTrue(render("[x](andere.md)").contains("href=\"../andere/\""));
    }

    @Test
    void removesScriptsEventHandlersAndJavascriptUrls() {
        String html = render(
                "<script>alert(1)</script>\n\n<p onclick=\"x()\">tekst</p>\n\n[klik](javascript:alert(1)) <a href=\"javascript:x\">a</a>\n\n<iframe src=\"https://x\"></iframe>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("tekst"), html);
    }

    @Test
    void namesWhatIsUnsafeInRawHtmlWhereItWasWritten() {
        assertEquals(
                List.of(new RawHtmlReport.Removed("het element <script>", 3, 1)),
                markdown.inspectRawHtml(markdown.parse("Tekst\n\n<script>x</script>\n"))
                        .removed());
        assertEquals(
                List.of(new RawHtmlReport.Removed("het attribuut onmouseover op <b>", 1, 13)),
                markdown.inspectRawHtml(markdown.parse("Zie hier <b onmouseover=\"x\">b</b>"))
                        .removed());
        assertEquals(
                List.of(),
                markdown.inspectRawHtml(markdown.parse("<abbr title=\"jeugdgezondheidszorg\">JGZ</abbr>"))
                        .removed());
    }

    @Test
    void escapesRawHtmlAndCommentsByDefault() {
        String html = render("<!-- x --><b onclick=\"x()\">vet</b>\n\nEn <i>schuin</i> <!-- y -->", HtmlMode.ESCAPE);
        assertEquals(
                "&lt;!-- x --&gt;&lt;b onclick=&quot;x()&quot;&gt;vet&lt;/b&gt;\n<p>En &lt;i&gt;schuin&lt;/i&gt; &lt;!-- y --&gt;</p>\n",
                html);
    }

    @Test
    void collectsLinksAndImagesWithTheirPositions() {
        ParsedMarkdown parsed = markdown.parse("Tekst\n\nZie [a](b.md) en ![alt](c.png)\n");
        assertEquals(
                List.of(
                        new MarkdownLink(MarkdownLink.Kind.LINK, "b.md", null, 3, 5),
                        new MarkdownLink(MarkdownLink.Kind.IMAGE, "c.png", "alt", 3, 18)),
                parsed.links());
    }
}
