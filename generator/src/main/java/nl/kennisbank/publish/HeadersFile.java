package nl.kennisbank.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code _headers}, read by hosts such as Netlify and Cloudflare Pages (others ignore it; the README has the same
 * rules for nginx): files whose name carries their hash are cached for a year, the index's {@code meta.json} and
 * the scripts under their own name are revalidated on every use. Pages themselves keep the host's default.
 * Each path is named on its own, never by a catch-all that would combine with another rule's Cache-Control.
 */
public final class HeadersFile {

    public static final String FILE = "_headers";
    static final String FOREVER = "public, max-age=31536000, immutable";
    static final String ALWAYS_CHECK = "no-cache";

    private HeadersFile() {}

    /**
     * @param basePath  the site's path on its host, starting and ending with '/'
     * @param assets    the fingerprinted assets
     * @param indexId   the search index's build folder, or empty when there is none
     * @param written   where the file's hash is recorded for the manifest
     */
    public static void write(Path site, String basePath, AssetNames assets, String indexId, WrittenFiles written)
            throws IOException {
        StringBuilder text = new StringBuilder(
                "# Cache-instellingen voor hosts die _headers lezen (Netlify, Cloudflare Pages). Gemaakt door ./kennisbank build.\n");
        for (String name : assets.immutable()) {
            rule(text, basePath + name, FOREVER);
        }
        if (!indexId.isEmpty()) {
            rule(text, basePath + IndexFolder.PATH + indexId + "/*", FOREVER);
            rule(text, basePath + IndexFolder.PATH + IndexFolder.META, ALWAYS_CHECK);
        }
        for (String name : assets.keptOriginals()) {
            rule(text, basePath + name, ALWAYS_CHECK);
        }
        written.write(site, FILE, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void rule(StringBuilder text, String path, String cacheControl) {
        text.append(path).append("\n  Cache-Control: ").append(cacheControl).append('\n');
    }
}
