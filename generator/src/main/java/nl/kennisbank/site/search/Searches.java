package nl.kennisbank.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kennisbank.jbake.JBakeSettings;
import nl.kennisbank.search.SearchSettings;

/** Chooses the search stage for a site: Dutch search for a knowledge base, none for a plain JBake site. */
public final class Searches {

    private Searches() {}

    /** Dutch search when the site's data folder ({@code data.folder}, {@code data} by default) has a schema. */
    public static SearchStage forSite(Path source) {
        Path data = dataFolder(source);
        if (!Files.exists(data.resolve("schema.yml"))) {
            return SearchStage.NONE;
        }
        try {
            return new LuceneSearch(SearchSettings.fromFolder(data.resolve("zoeken")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data folder as {@code jbake.properties} names it; the default one while that file cannot be read (the build then reports why). */
    private static Path dataFolder(Path source) {
        try {
            return JBakeSettings.load(source).dataFolder();
        } catch (RuntimeException unreadable) {
            return source.resolve("data");
        }
    }
}
