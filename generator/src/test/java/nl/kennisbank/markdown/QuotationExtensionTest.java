package nl.kennisbank.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.kennisbank.config.HtmlMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Markdown in, HTML out: a block quote that ends in a source line becomes a figure with that source as caption. */
class QuotationExtensionTest {

    private final MarkdownProcessor markdown = new MarkdownProcessor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            quote with an em-dash source line | > samen winnen we\\n>\\n> — Alliantie, *Verslag* (2019) | <figure class="citaat">\\n<blockquote>\\n<p>samen winnen we</p>\\n</blockquote>\\n<figcaption>— Alliantie, <em>Verslag</em> (2019)</figcaption>\\n</figure>\\n
            two hyphens become the dash      | > samen winnen we\\n>\\n> -- Alliantie, 2019              | <figure class="citaat">\\n<blockquote>\\n<p>samen winnen we</p>\\n</blockquote>\\n<figcaption>&ndash; Alliantie, 2019</figcaption>\\n</figure>\\n
            quote without a source stays      | > samen winnen we                                          | <blockquote>\\n<p>samen winnen we</p>\\n</blockquote>\\n
            a source line alone is no figure  | > — Alliantie, 2019                                        | <blockquote>\\n<p>— Alliantie, 2019</p>\\n</blockquote>\\n
            a last paragraph without dash     | > samen winnen we\\n>\\n> zegt de alliantie                 | <blockquote>\\n<p>samen winnen we</p>\\n<p>zegt de alliantie</p>\\n</blockquote>\\n
            """)
    void rendersAQuotationWithItsSourceAsAFigure(String behaviour, String md, String html) {
        assertEquals(
                unescape(html), markdown.render(markdown.parse(unescape(md)), url -> url, HtmlMode.ESCAPE), behaviour);
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
