package nl.kennisbank.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What one build is asked to do.
 *
 * @param source  the site source folder (with content/, templates/, assets/, data/, jbake.properties)
 * @param output  where the finished site goes; replaced only when the whole build succeeded
 * @param baseUrl absolute URL the site is published at (for canonical links, feed and sitemap), if known
 * @param drafts  also publish documents with status {@code concept}
 * @param threads how many threads render pages (at least 1)
 * @param today   the day date checks compare with (see {@link Today}); it never changes the pages written
 * @param previousSitemap the sitemap.xml of the site as published before, to warn about pages that moved without an alias
 */
public record BuildOptions(
        Path source,
        Path output,
        Optional<String> baseUrl,
        boolean drafts,
        int threads,
        LocalDate today,
        Optional<Path> previousSitemap) {

    public BuildOptions(
            Path source, Path output, Optional<String> baseUrl, boolean drafts, int threads, LocalDate today) {
        this(source, output, baseUrl, drafts, threads, today, Optional.empty());
    }

    public BuildOptions {
        source = source.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
        threads = Math.max(1, threads);
        Objects.requireNonNull(today, "today");
    }

    /** Options whose today comes from the environment or the clock ({@link Today#resolve(Optional)}). */
    public BuildOptions(Path source, Path output, Optional<String> baseUrl, boolean drafts, int threads) {
        this(source, output, baseUrl, drafts, threads, Today.resolve(Optional.empty()));
    }

    public static BuildOptions defaults(Path source, Path output) {
        return new BuildOptions(
                source, output, Optional.empty(), false, Runtime.getRuntime().availableProcessors());
    }
}
