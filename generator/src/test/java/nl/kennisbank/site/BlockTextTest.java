package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text search indexes and cuts snippets from: one line per block, spaces tidied, markup gone. */
class BlockTextTest {

    @Test
    void aHeadingAndTheSentenceUnderItStayOnSeparateLines() {
        assertEquals("Wat het kinderen oplevert\nKinderen gaan mee op schoolreisje.",
                BlockText.of("<h2 id=\"x\">Wat het kinderen oplevert</h2>\n<p>Kinderen gaan mee op <em>schoolreisje</em>.</p>"));
    }

    @Test
    void listItemsAndLineBreaksBecomeLinesAndSpacesAreTidied() {
        assertEquals("Eén\nTwee drie\nvier",
                BlockText.of("<ul>\n  <li>  Eén </li>\n<li>Twee\n   drie<br>vier</li></ul>"));
    }

    @Test
    void aNoBreakSpaceIsASpaceAndEntitiesAreText() {
        assertEquals("12 oktober & meer", BlockText.of("<p>12&nbsp;oktober &amp; meer</p>"));
    }
}
