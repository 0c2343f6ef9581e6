package nl.kennisbank.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the Markdown processor reports besides HTML: heading ids, unsafe raw HTML and links with their positions. Its
 * HTML output is specified by example in {@code markdown/spec.md} ({@link MarkdownSpecTest}).
 */
class MarkdownProcessorTest {

    private final MarkdownProcessor markdown = new MarkdownProcessor();

    @Test
    void givesHeadingsStableIdsAndReportsThem() {
        ParsedMarkdown parsed = markdown.parse("## Wat je kunt doen\n\n## Wat je kunt doen\n\n### Financiële hulp\n");
        assertEquals(
                List.of("wat-je-kunt-doen", "wat-je-kunt-doen-1", "financiële-hulp"),
                parsed.headings().stream().map(Heading::id).toList());
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
    void collectsLinksAndImagesWithTheirPositions() {
        ParsedMarkdown parsed = markdown.parse("Tekst\n\nZie [a](b.md) en ![alt](c.png)\n");
        assertEquals(
                List.of(
                        new MarkdownLink(MarkdownLink.Kind.LINK, "b.md", null, 3, 5),
                        new MarkdownLink(MarkdownLink.Kind.IMAGE, "c.png", "alt", 3, 18)),
                parsed.links());
    }
}
