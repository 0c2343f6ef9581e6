package nl.kennisbank.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --previous-sitemap}: the sitemap of the site as published before, for build and check. */
final class PreviousSitemapOption {

    @Option(
            names = "--previous-sitemap",
            paramLabel = "BESTAND",
            description =
                    "De sitemap.xml van de site zoals die nu online staat. Een pagina die daarin staat maar verdwenen is zonder 'aliassen:' geeft een waarschuwing.")
    private Path file;

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
