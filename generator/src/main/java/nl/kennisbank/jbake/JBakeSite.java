package nl.kennisbank.jbake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.problems.Severity;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * A JBake-format site (no {@code schema.yml} in its data folder), read and rendered as stock JBake 2.7 does it:
 * JBake's headers, engines, template data model ({@code db} and {@code data} included) and renderer, driven over
 * the in-memory content store. JBake's map-shaped model lives here and nowhere else; a knowledge-base site's
 * templates read typed records instead.
 */
public final class JBakeSite {

    private final JBakeSettings settings;
    private final LocalDate today;

    public JBakeSite(JBakeSettings settings, LocalDate today) {
        this.settings = settings;
        this.today = today;
    }

    /** The site's content as read: its documents, drafts included, and the static files beside them. */
    public static final class Content {
        private final List<DocumentModel> documents;
        private final List<String> staticFiles;
        private final TemplateData data;

        private Content(List<DocumentModel> documents, List<String> staticFiles, TemplateData data) {
            this.documents = documents;
            this.staticFiles = staticFiles;
            this.data = data;
        }

        public int documentCount() {
            return documents.size();
        }

        /** Files of the content folder that are not documents, relative to it. */
        public List<String> staticFiles() {
            return staticFiles;
        }

        List<DocumentModel> documents() {
            return documents;
        }

        TemplateData data() {
            return data;
        }
    }

    /**
     * Stage load: every document parsed, every problem reported (a skipped file is a warning, as stock JBake skips it);
     * the knowledge base's house rules reported at {@code houseRules}.
     */
    public Content load(Problems problems, Severity houseRules) throws IOException {
        DefaultJBakeConfiguration config = settings.configuration();
        new JBakeKeys(settings).check(problems);
        String content = relative(settings.contentFolder());
        JBakeCrawl.Found found =
                new JBakeCrawl(config.getIgnoreFileName()).walk(settings.contentFolder(), content, problems);
        JBakeDocuments reader = new JBakeDocuments(config, settings.documentTypes(), today, content, houseRules);
        List<DocumentModel> documents = new ArrayList<>();
        for (String rel : found.documents()) {
            reader.read(rel, problems).ifPresent(documents::add);
        }
        TemplateData data = TemplateData.read(settings.dataFolder(), relative(settings.dataFolder()), problems);
        return new Content(List.copyOf(documents), found.staticFiles(), data);
    }

    /** The asset folder's files to publish, relative to it: without hidden files and folders holding the ignore file. */
    public List<String> assets() throws IOException {
        return new JBakeCrawl(settings.configuration().getIgnoreFileName()).visible(settings.assetFolder());
    }

    /** Stage render: every document and JBake's standard pages into {@code destination}; returns the files written. */
    public int render(Content content, Path destination, int threads, Problems problems) throws InterruptedException {
        return new JBakeSiteRendering(settings, content.documents(), content.data(), destination)
                .render(threads, problems);
    }

    private String relative(Path folder) {
        Path root = settings.root().toAbsolutePath().normalize();
        Path path = folder.toAbsolutePath().normalize();
        return path.startsWith(root) ? root.relativize(path).toString().replace('\\', '/') : path.toString();
    }
}
