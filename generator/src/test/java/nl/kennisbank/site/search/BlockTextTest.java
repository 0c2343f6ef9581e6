package nl.kennisbank.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;

/** The text search indexes and cuts snippets from: one line per block, spaces tidied, markup gone. */
class BlockTextTest {

    @Test
    void aHeadingAndTheSentenceUnderItStayOnSeparateLines() {
        assertEquals(
                "Wat het kinderen oplevert\nKinderen gaan mee op schoolreisje.",
                BlockText.of(
                        "<h2 id=\"x\">Wat het kinderen oplevert</h2>\n<p>Kinderen gaan mee op <em>schoolreisje</em>.</p>"));
    }

    @Test
    void listItemsAndLineBreaksBecomeLinesAndSpacesAreTidied() {
        assertEquals(
                "Eén\nTwee drie\nvier", BlockText.of("<ul>\n  <li>  Eén </li>\n<li>Twee\n   drie<br>vier</li></ul>"));
    }

    @Test
    void aNoBreakSpaceIsASpaceAndEntitiesAreText() {
        assertEquals("12 oktober & meer", BlockText.of("<p>12&nbsp;oktober &amp; meer</p>"));
    }

    @Test
    void markupReadWithoutJsoupGivesJsoupsTextForEveryBodyOfTheExampleSite() throws Exception {
        nl.kennisbank.markdown.MarkdownProcessor markdown = new nl.kennisbank.markdown.MarkdownProcessor();
        java.util.List<java.nio.file.Path> files;
        try (var walk = java.nio.file.Files.walk(ExampleSite.root().resolve("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (java.nio.file.Path file : files) {
            for (nl.kennisbank.config.HtmlMode mode : nl.kennisbank.config.HtmlMode.values()) {
                String html = markdown.render(markdown.parse(java.nio.file.Files.readString(file)), url -> url, mode);
                assertEquals(BlockText.of(html), BlockText.ofRendered(html), file + " " + mode);
            }
        }
    }

    @Test
    void markupReadWithoutJsoupHandlesTablesFootnotesEntitiesAndRules() {
        nl.kennisbank.markdown.MarkdownProcessor markdown = new nl.kennisbank.markdown.MarkdownProcessor();
        String md = "# Kop &amp; \"citaat\"\n\nTekst met een voetnoot[^1] en &copy; &#8364; 5 -- 6...\n\n"
                + "| a | b |\n|---|---|\n| één | `x < y` |\n\n---\n\n> geciteerd\n> verder\n\n"
                + "```\ncode\n  regel\n```\n\n1. een\n2. twee  \n   harde regel\n\n[^1]: De noot.\n";
        String html = markdown.render(
                markdown.parse(md + "\n<div>rauwe <b>HTML</b></div>\n"),
                url -> url,
                nl.kennisbank.config.HtmlMode.ESCAPE);
        assertEquals(BlockText.of(html), BlockText.ofRendered(html));
        assertEquals(BlockText.of("<p>a<!-- x -->b</p>"), BlockText.ofRendered("<p>a<!-- x -->b</p>"));
    }
}
