package nl.kennisbank.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What HTML text escaping writes for the characters that have a meaning in HTML, and for the others. */
class HtmlTextTest {

    @Test
    void escapesAmpersandAngleBracketsAndDoubleQuoteInOnePass() {
        assertEquals(
                "Sport &amp; Cultuur &lt;b&gt; &quot;kort&quot; &amp;lt;",
                HtmlText.escape("Sport & Cultuur <b> \"kort\" &lt;"));
    }

    @Test
    void leavesOtherTextAsItIs() {
        String text = "Kinderen in armoede: 1 op 13 — 's-Hertogenbosch, Súdwest-Fryslân 'ja'";
        assertSame(text, HtmlText.escape(text));
    }

    @Test
    void escapesAtTheStartAndTheEnd() {
        assertEquals("&lt;x&gt;", HtmlText.escape("<x>"));
        assertEquals("", HtmlText.escape(""));
    }
}
