package nl.kennisbank.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.SubSequence;
import org.junit.jupiter.api.Test;

class PlainTextRendererTest {

    @Test
    void aTextNodeIsCopiedAsASliceOfTheBodysOwnString() {
        String body = "# Kop\n\nHet Jeugdfonds Sport & Cultuur helpt \"snel\".\n";
        Document doc = Parser.builder().build().parse(body);
        Text text = (Text)
                doc.getChildOfType(com.vladsch.flexmark.ast.Paragraph.class).getFirstChild();
        // the fast path needs what flexmark gives today: a piece of the string the body was parsed from
        assertInstanceOf(SubSequence.class, text.getChars());
        assertSame(body, text.getChars().getBase());
        assertEquals(text.getChars().toString(), PlainTextRenderer.copy(text.getChars()));
        assertEquals("Het Jeugdfonds Sport & Cultuur helpt \"snel\".", PlainTextRenderer.copy(text.getChars()));
    }
}
