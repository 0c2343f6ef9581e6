package nl.kennisbank.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetNamesTest {

    @Test
    void stylesheetsAndScriptsGetNamesThatChangeWithTheirContent(@TempDir Path tmp) throws Exception {
        Path assets = assets(tmp.resolve("a"), "body { color: black; }", "export const x = 1;");
        Path changed = assets(tmp.resolve("b"), "body { color: navy; }", "export const x = 1;");
        AssetNames before = AssetNames.of(assets);
        AssetNames after = AssetNames.of(changed);
        assertTrue(
                before.published("css/site.css").matches("css/site\\.[0-9a-f]{10}\\.css"),
                before.published("css/site.css"));
        assertNotEquals(before.published("css/site.css"), after.published("css/site.css"));
        assertEquals(
                before.published("js/motor.js"), after.published("js/motor.js"), "an unchanged file keeps its name");
        assertEquals(
                before.published("css/site.css"),
                AssetNames.of(assets).published("css/site.css"),
                "the same bytes, the same name");
        assertEquals("favicon.svg", before.published("favicon.svg"), "other files keep their name");
    }

    @Test
    void aScriptImportsTheHashedNameSoItsOwnNameChangesWithWhatItImports(@TempDir Path tmp) throws Exception {
        AssetNames one = AssetNames.of(assets(tmp.resolve("a"), "p {}", "export const x = 1;"));
        AssetNames two = AssetNames.of(assets(tmp.resolve("b"), "p {}", "export const x = 2;"));
        assertNotEquals(
                one.published("js/pagina.js"),
                two.published("js/pagina.js"),
                "the page script changes when the module it imports does");
        Path site = tmp.resolve("site");
        one.write(site, new WrittenFiles());
        String page = Files.readString(site.resolve(one.published("js/pagina.js")));
        String module = one.published("js/motor.js").substring("js/".length());
        assertTrue(page.contains("from './" + module + "'"), page);
        assertFalse(page.contains("'./motor.js'"), page);
    }

    @Test
    void stylesheetsAreOnlyPublishedHashedScriptsAlsoUnderTheirOwnName(@TempDir Path tmp) throws Exception {
        AssetNames names = AssetNames.of(assets(tmp, "p {}", "export const x = 1;"));
        assertTrue(names.replacesOriginal("css/site.css"));
        assertFalse(names.replacesOriginal("js/motor.js"));
        assertEquals(java.util.List.of("js/motor.js", "js/pagina.js"), names.keptOriginals());
    }

    @Test
    void aScriptTheCompacterCannotReadIsPublishedAsWrittenNotAnInternalError(@TempDir Path tmp) throws Exception {
        String broken = "export const x = 1;\n/* a comment the site owner never closed\n";
        AssetNames names = AssetNames.of(assets(tmp, "p {}", broken));
        Path site = tmp.resolve("site");
        names.write(site, new WrittenFiles());
        assertEquals(broken, Files.readString(site.resolve(names.published("js/motor.js"))));
        assertEquals(broken, new String(names.original(tmp, "js/motor.js"), StandardCharsets.UTF_8));
    }

    private static Path assets(Path root, String css, String module) throws Exception {
        Files.createDirectories(root.resolve("css"));
        Files.createDirectories(root.resolve("js"));
        Files.writeString(root.resolve("css/site.css"), css, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("js/motor.js"), module, StandardCharsets.UTF_8);
        Files.writeString(
                root.resolve("js/pagina.js"),
                "import { x } from './motor.js';\nconsole.log(x);\n",
                StandardCharsets.UTF_8);
        Files.writeString(root.resolve("favicon.svg"), "<svg/>", StandardCharsets.UTF_8);
        return root;
    }
}
