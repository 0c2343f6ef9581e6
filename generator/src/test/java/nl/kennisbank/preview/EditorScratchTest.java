package nl.kennisbank.preview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditorScratchTest {

    @Test
    void editorsTemporaryFilesDoNotCountAsChanges() {
        for (String scratch : List.of(
                "content/a.md.tmp",
                "content/.a.md.swp",
                "content/a.md~",
                "content/#a.md#",
                "content/4913",
                "content/.#a.md")) {
            assertTrue(Preview.isEditorScratch(scratch), scratch);
        }
        for (String real :
                List.of("content/a.md", "templates/layout.ftlh", "content/afbeeldingen/foto.png", "jbake.properties")) {
            assertFalse(Preview.isEditorScratch(real), real);
        }
    }
}
