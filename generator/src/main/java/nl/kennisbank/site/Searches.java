package nl.kennisbank.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kennisbank.search.SearchSettings;

/** Chooses the search stage for a site: Dutch search for a knowledge base, none for a plain JBake site. */
public final class Searches {

    private Searches() {
    }

    public static SearchStage forSite(Path source) {
        if (!Files.exists(source.resolve("data/schema.yml"))) {
            return SearchStage.NONE;
        }
        try {
            return new LuceneSearch(SearchSettings.load(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
