package nl.kennisbank.site.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.kennisbank.publish.IndexFolder;
import nl.kennisbank.publish.WrittenFiles;
import nl.kennisbank.site.validate.ValidSite;

/**
 * Stage 6, index, seen from the pipeline: related practices before rendering, and the static search index
 * written into the site after rendering.
 */
public interface SearchStage {

    /** What the search stage reads: the validated site and its rendered HTML bodies (by document path). */
    record Input(ValidSite site, Map<String, String> bodies) {}

    /** Related practices: document URL → URLs of related practices, best first. */
    Map<String, List<String>> related(Input input) throws IOException;

    /**
     * Writes the search index into the site folder, in the folder its content names ({@link IndexFolder}), from what
     * {@link #related(Input)} read (so a build can let the HTML bodies go once the pages are written); each file's
     * hash goes into {@code written} for the manifest.
     *
     * @return the index's folder id, or empty when no index was written
     */
    String index(Path siteFolder, WrittenFiles written) throws IOException;

    /**
     * A stage with the same settings that shares no state with this one, for work on another thread (the preview
     * refreshes its search index in the background while the next build may run).
     */
    default SearchStage another() {
        return this;
    }

    /** No search: for plain JBake sites and for tests of other stages. */
    SearchStage NONE = new SearchStage() {
        @Override
        public Map<String, List<String>> related(Input input) {
            return Map.of();
        }

        @Override
        public String index(Path siteFolder, WrittenFiles written) {
            return ""; // nothing to index
        }
    };
}
