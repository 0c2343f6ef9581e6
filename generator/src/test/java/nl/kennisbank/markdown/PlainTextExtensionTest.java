package nl.kennisbank.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.kennisbank.config.HtmlMode;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;

/**
 * Plain text written without flexmark's escaping must give the same HTML, byte for byte, as flexmark's own text
 * rendering: the processor with the {@link PlainTextExtension} and the one without it render the same bodies.
 */
class PlainTextExtensionTest {

    /** Characters with a meaning in Markdown, one piece each. */
    private static final String MARKDOWN = "*_~`#[]()!-+=|:.,;?/'{}^$%@0123456789";

    /** Dutch letters, typography and spacing, one piece each. */
    private static final String DUTCH = "aeoinrtsdlgkmvwzjéëïöüèàçôÖÉÏ’‘“”–—…€\u00a0 \t\n";

    /** The characters flexmark's text rendering changes (and NUL), one piece each. */
    private static final String SPECIAL = "\\&<>\"\r\0";

    /** Whole words and constructs: entities, escapes, tags, links, block starts. */
    private static final List<String> CONSTRUCTS = List.of(
            "Kinderen gaan mee op schoolreisje",
            "ij IJ één geïnd",
            "Súdwest-Fryslân",
            "'s-Hertogenbosch",
            "\n\n",
            "\r\n",
            "1. ",
            "- ",
            "> ",
            "## ",
            "```",
            "    ",
            "...",
            "---",
            "[^1]",
            "[^1]: noot",
            "&amp;",
            "&copy;",
            "&#8364;",
            "&#x20AC;",
            "&nbsp;",
            "&bogus;",
            "&copy",
            "&#169",
            "&amp",
            "Sport & Cultuur",
            "\"Samen sterk\"",
            "a < b > c",
            "\\*",
            "\\&",
            "\\<",
            "\\\\",
            "<b>",
            "</b>",
            "<!-- x -->",
            "<div>",
            "</div>",
            "[link](doel.md)",
            "[a](<b c>)",
            "https://voorbeeld.nl/pad?a=1&b=2",
            "www.voorbeeld.nl",
            "info@voorbeeld.nl",
            "| a | b |\n|---|---|\n| c | d |\n");

    private static final List<String> PIECES = Stream.concat(
                    Stream.of(MARKDOWN, DUTCH, SPECIAL).flatMap(s -> s.chars().mapToObj(c -> String.valueOf((char) c))),
                    CONSTRUCTS.stream())
            .toList();

    private final MarkdownProcessor plain = new MarkdownProcessor();
    private final MarkdownProcessor flexmarkOnly = new MarkdownProcessor(false);

    @Test
    void randomBodiesRenderExactlyAsFlexmarkRendersThem() {
        Random random = new Random(20261203L); // seeded: a failure can be run again
        for (int n = 0; n < 3_000; n++) {
            StringBuilder body = new StringBuilder();
            for (int k = 1 + random.nextInt(60); k > 0; k--) {
                body.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            assertSameHtml(body.toString(), "random body " + n);
        }
    }

    @Test
    void everyPageOfTheExampleSiteRendersExactlyAsFlexmarkRendersIt() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ExampleSite.root().resolve("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no Markdown under content/");
        for (Path file : files) {
            assertSameHtml(Files.readString(file), file.toString());
        }
    }

    @Test
    void textWithEntitiesEscapesOrHtmlCharactersIsStillEscaped() {
        assertEquals(
                "<p>a &amp; b &lt; c &gt; d € * &amp;x \\ z</p>\n",
                plain.render(plain.parse("a & b < c > d &euro; \\* &amp;x \\ z"), url -> url, HtmlMode.ESCAPE));
    }

    private void assertSameHtml(String markdown, String what) {
        for (HtmlMode mode : HtmlMode.values()) {
            String expected = flexmarkOnly.render(flexmarkOnly.parse(markdown), url -> url, mode);
            String actual = plain.render(plain.parse(markdown), url -> url, mode);
            assertEquals(expected, actual, () -> what + " (" + mode + "): " + markdown.replace("\0", "\\0"));
        }
    }
}
