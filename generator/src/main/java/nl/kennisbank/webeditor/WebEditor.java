package nl.kennisbank.webeditor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Writes {@code admin/}: the page, the generated {@code config.yml}, the script that gives Decap's preview the
 * site's style, and Decap itself (from the generator's resources, put there by {@code vendor/decap/bijwerken.sh})
 * under a name with its version, with its licences.
 */
public final class WebEditor {

    public static final String FOLDER = "admin";
    private static final String RESOURCES = "/nl/kennisbank/webeditor/";

    private WebEditor() {}

    /** The version of the vendored Decap CMS, e.g. 3.16.3. */
    public static String decapVersion() {
        Properties properties = new Properties();
        try (InputStream in = resource("decap-cms.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /**
     * @param styleSheets the site's style sheets as published (e.g. css/site.3f2a1b9c0d.css), for the preview
     * @return the number of files written
     */
    public static int write(Path site, DecapConfig config, List<String> styleSheets, String siteTitle)
            throws IOException {
        Path folder = Files.createDirectories(site.resolve(FOLDER));
        String script = "decap-cms-" + decapVersion() + ".js";
        String policy = AdminPage.policy(config.settings(), config.local());
        Files.writeString(
                folder.resolve("index.html"), AdminPage.html(policy, script, siteTitle), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("config.yml"), config.yaml(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("voorbeeld.js"), AdminPage.previewScript(styleSheets), StandardCharsets.UTF_8);
        copy("decap-cms.js", folder.resolve(script));
        copy("decap-cms.js.LICENSE.txt", folder.resolve("decap-cms.js.LICENSE.txt"));
        copy("LICENSE-decap-cms.txt", folder.resolve("LICENSE-decap-cms.txt"));
        return 6;
    }

    private static void copy(String name, Path to) throws IOException {
        try (InputStream in = resource(name)) {
            Files.copy(in, to);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = WebEditor.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException(
                    "missing generator resource " + RESOURCES + name + " (vendor/decap/bijwerken.sh puts it there)");
        }
        return in;
    }
}
