package nl.kennisbank.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import nl.kennisbank.config.WebEditorSettings;
import nl.kennisbank.publish.AssetNames;
import nl.kennisbank.publish.HeadersFile;
import nl.kennisbank.site.source.SiteSource;
import nl.kennisbank.webeditor.DecapConfig;
import nl.kennisbank.webeditor.WebEditor;

/**
 * Puts the web editor into the site when it belongs there: in {@code build} only when the site owner set
 * {@code kennisbank.webeditor.repo}; in the preview always (without that setting it works with Decap's local
 * backend only, so editors can try it before anything is set up).
 */
final class WebEditorOutput {

    private static final List<String> STYLE_SHEETS = List.of("css/nlds.css", "css/site.css");

    private WebEditorOutput() {}

    /** @return the number of files written */
    static int write(SiteSource source, Path site, AssetNames assets, boolean preview) throws IOException {
        WebEditorSettings settings = source.settings().webEditor();
        if (source.schema().isEmpty() || !settings.published() && !preview) {
            return 0;
        }
        DecapConfig config = new DecapConfig(
                source.schema().get(), source.vocabularies(), settings, source.documents(), !settings.published());
        List<String> sheets = STYLE_SHEETS.stream()
                .filter(source.assetFiles()::contains)
                .map(assets::published)
                .toList();
        int written = WebEditor.write(site, config, sheets, source.settings().title());
        Path headers = site.resolve(HeadersFile.FILE);
        if (Files.exists(headers)) {
            String admin = source.settings().basePath() + WebEditor.FOLDER + "/*";
            Files.writeString(
                    headers,
                    admin + "\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
        return written;
    }
}
