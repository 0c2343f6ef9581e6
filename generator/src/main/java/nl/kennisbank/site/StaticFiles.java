package nl.kennisbank.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import nl.kennisbank.jbake.SecurityPolicy;
import nl.kennisbank.publish.AssetNames;
import nl.kennisbank.publish.WrittenFiles;
import nl.kennisbank.site.source.SiteSource;

/**
 * Copies {@code assets/} (stylesheets and scripts also under their hashed names, {@link AssetNames}) and the allowed static files of {@code content/} into the site (an allowed HTML file with the
 * site's Content-Security-Policy added), and writes robots.txt. Nothing is copied over a file already written.
 */
final class StaticFiles {

    /** @return the number of files copied */
    int copy(SiteSource source, Path destination, AssetNames names, WrittenFiles written) throws IOException {
        int copied = 0;
        Path assets = source.jbake().assetFolder();
        for (String rel : source.assetFiles()) {
            byte[] compacted = names.original(assets, rel);
            if (compacted != null) {
                written.writeMakingFolder(destination, rel, compacted, StandardOpenOption.CREATE_NEW);
                copied++;
            } else if (!names.replacesOriginal(rel)) {
                copied += copyFile(assets.resolve(rel), destination, rel, written);
            }
        }
        copied += names.write(destination, written);
        Path content = source.jbake().contentFolder();
        for (String rel : source.staticFiles()) {
            String lower = rel.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".html") || lower.endsWith(".htm")) { // allowed by the site owner: still gets the policy
                String page = Files.readString(content.resolve(rel), StandardCharsets.UTF_8);
                written.writeMakingFolder(
                        destination,
                        rel,
                        SecurityPolicy.ensure(page).getBytes(StandardCharsets.UTF_8),
                        StandardOpenOption.CREATE_NEW);
                copied++;
            } else {
                copied += copyFile(content.resolve(rel), destination, rel, written);
            }
        }
        return copied;
    }

    void robots(SiteSource source, Path destination, WrittenFiles written) throws IOException {
        String sitemap = source.settings().baseUrl().isEmpty()
                ? ""
                : "Sitemap: " + source.settings().baseUrl() + "sitemap.xml\n";
        written.write(
                destination, "robots.txt", ("User-agent: *\nAllow: /\n" + sitemap).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Never over a file already written: the validate stage refuses collisions, this keeps it so. Copied as a stream
     * and hashed on the way for the manifest.
     */
    private static int copyFile(Path from, Path destination, String rel, WrittenFiles written) throws IOException {
        written.copy(from, destination, rel, StandardOpenOption.CREATE_NEW);
        return 1;
    }
}
