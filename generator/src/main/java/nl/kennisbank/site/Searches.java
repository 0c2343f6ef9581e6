package nl.kennisbank.site;

import java.nio.file.Path;

/** Chooses the search stage for a site. */
public final class Searches {

    private Searches() {
    }

    public static SearchStage forSite(Path source) {
        return SearchStage.NONE;
    }
}
