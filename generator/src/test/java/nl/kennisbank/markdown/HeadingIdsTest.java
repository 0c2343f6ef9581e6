package nl.kennisbank.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.kennisbank.config.HtmlMode;
import org.junit.jupiter.api.Test;

class HeadingIdsTest {

    private final MarkdownProcessor markdown = new MarkdownProcessor();
    private final ReservedIds page =
            new ReservedIds(Set.of("inhoud", "zoekveld", "tekst-zoekveld"), Set.of("kop-", "fn-", "fnref-"));

    @Test
    void headingsMoveOutOfTheWayOfThePagesOwnIdsTheSameWayEveryTime() {
        String md = """
                ## Inhoud

                ## Inhoud

                ## Tekst inhoud

                ### Zoekveld

                ## Kop bronnen

                ## Fn 1

                Tekst[^1].

                [^1]: Noot.
                """;
        ParsedMarkdown parsed = markdown.parse(md, page);
        String html = markdown.render(parsed, url -> url, HtmlMode.ESCAPE);
        assertEquals("""
                <h2 id="tekst2-inhoud">Inhoud</h2>
                <h2 id="inhoud-1">Inhoud</h2>
                <h2 id="tekst-inhoud">Tekst inhoud</h2>
                <h3 id="tekst2-zoekveld">Zoekveld</h3>
                <h2 id="tekst-kop-bronnen">Kop bronnen</h2>
                <h2 id="tekst-fn-1">Fn 1</h2>
                <p>Tekst<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup>.</p>
                """, html.substring(0, html.indexOf("<div class=\"footnotes\">")));
        assertEquals(
                List.of(
                        "tekst2-inhoud",
                        "inhoud-1",
                        "tekst-inhoud",
                        "tekst2-zoekveld",
                        "tekst-kop-bronnen",
                        "tekst-fn-1"),
                parsed.headings().stream().map(Heading::id).toList(),
                "the table of contents and the anchor checks use the same ids");
        assertEquals(html, markdown.render(markdown.parse(md, page), url -> url, HtmlMode.ESCAPE));
    }

    @Test
    void theReservedIdsAreTheOnesTheTemplatesWrite() {
        ReservedIds site = ReservedIds.inTemplates(Path.of("..", "templates"));
        assertTrue(
                site.ids()
                        .containsAll(Set.of(
                                "inhoud", "zoekveld", "zoekresultaten", "insturen", "inhoudsopgave-kop", "vinder")),
                site.toString());
        assertTrue(site.prefixes().containsAll(Set.of("kop-", "vinder-", "fn-", "fnref-")), site.toString());
        assertTrue(site.prefixes().stream().noneMatch(String::isEmpty), "id=\"${ch.id}\" reserves nothing: " + site);
    }
}
