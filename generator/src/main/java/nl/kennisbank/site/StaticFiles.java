package nl.kennisbank.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Copies {@code assets/} and the non-Markdown files of {@code content/} into the site, and writes robots.txt. */
final class StaticFiles {

    /** @return the number of files copied */
    int copy(SiteSource source, Path destination) throws IOException {
        int copied = 0;
        Path assets = source.jbake().assetFolder();
        if (Files.isDirectory(assets)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(assets)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                String rel = assets.relativize(file).toString().replace('\\', '/');
                if (!rel.startsWith(".") && !rel.contains("/.")) {
                    copied += copyFile(file, destination.resolve(rel));
                }
            }
        }
        Path content = source.jbake().contentFolder();
        for (String rel : source.staticFiles()) {
            copied += copyFile(content.resolve(rel), destination.resolve(rel));
        }
        return copied;
    }

    void robots(SiteSource source, Path destination) throws IOException {
        String sitemap = source.settings().baseUrl().isEmpty() ? "" : "Sitemap: " + source.settings().baseUrl() + "sitemap.xml\n";
        Files.writeString(destination.resolve("robots.txt"), "User-agent: *\nAllow: /\n" + sitemap, StandardCharsets.UTF_8);
    }

    private static int copyFile(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        return 1;
    }
}
