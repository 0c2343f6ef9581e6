package nl.kennisbank.jbake;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.publish.WrittenFiles;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * Renders pages with JBake's {@link Renderer} into one destination folder. Each call returns a problem instead
 * of throwing, so the caller can render all pages in parallel and report every failure together.
 */
public final class JBakeRendering {

    private final JBakeConfiguration config;
    private final Renderer renderer;
    private final ReadRecorder reads = new ReadRecorder();

    public JBakeRendering(
            JBakeSettings settings,
            Path destination,
            List<PageSpec> documents,
            Map<String, Object> globals,
            boolean reloadTemplates,
            WrittenFiles written) {
        DefaultJBakeConfiguration cfg = settings.configurationFor(destination);
        this.config = cfg;
        InMemoryContentStore store = new InMemoryContentStore(
                documents.stream().map(JBakeRendering::model).toList());
        this.renderer = new Renderer(
                store,
                cfg,
                new SiteTemplateEngine(store, cfg, globals, reloadTemplates, reads, SiteTemplateEngine.DUTCH, written));
    }

    /** Over a JBake-format site's own store and template engine ({@link JBakeSiteRendering}). */
    JBakeRendering(JBakeConfiguration config, InMemoryContentStore store, SiteTemplateEngine engine) {
        this.config = config;
        this.renderer = new Renderer(store, config, engine);
    }

    /** Renders one of JBake's own documents, as read from a JBake-format site. */
    java.util.Optional<Problem> document(DocumentModel doc) {
        return attempt(doc.getUri(), () -> renderer.render(doc));
    }

    /**
     * JBake's standard pages as {@code jbake.properties} asks (its {@code render.*} switches, {@code *.file} names,
     * {@code index.paginate}); every failure is added to {@code problems}.
     *
     * @return the number of pages attempted
     */
    public int standardPages(JBakeSettings s, java.util.function.Consumer<Problem> problems) {
        int written = 0;
        if (s.flag("render.index")) {
            String file = s.string("index.file", "index.html");
            attempt(file, () -> {
                        if (s.flag("index.paginate")) {
                            renderer.renderIndexPaging(file);
                        } else {
                            renderer.renderIndex(file);
                        }
                    })
                    .ifPresent(problems);
            written++;
        }
        written += standard(s, "render.feed", "feed.file", "feed.xml", this::feed, problems);
        written += standard(s, "render.sitemap", "sitemap.file", "sitemap.xml", this::sitemap, problems);
        written += standard(s, "render.archive", "archive.file", "archive.html", this::archive, problems);
        written += standard(s, "render.error404", "error404.file", "404.html", this::error404, problems);
        written += standard(s, "render.tags", "tag.path", "tags", this::tags, problems);
        return written;
    }

    private static int standard(
            JBakeSettings s,
            String flag,
            String key,
            String fallback,
            java.util.function.Function<String, java.util.Optional<Problem>> page,
            java.util.function.Consumer<Problem> problems) {
        if (!s.flag(flag)) {
            return 0;
        }
        page.apply(s.string(key, fallback)).ifPresent(problems);
        return 1;
    }

    /** The names each page's template read while rendering (see {@link ReadRecorder}). */
    public ReadRecorder reads() {
        return reads;
    }

    /** Renders one page with the template its type maps to ({@code template.<type>.file}). */
    public java.util.Optional<Problem> page(PageSpec page) {
        return attempt(page.uri(), () -> {
            DocumentModel model = model(page);
            if (page.content() instanceof PageContent.Typed typed) {
                model.put(SiteTemplateEngine.TYPED_CONTENT, typed);
            }
            model.put(SiteTemplateEngine.OUTPUT_PATH, outputPath(page));
            renderer.render(model);
        });
    }

    static DocumentModel model(PageSpec page) {
        DocumentModel model = DocumentModel.createDefaultDocumentModel();
        Object fixedRoot = null;
        if (page.content() instanceof PageContent.Fields fields) {
            model.putAll(fields.values());
            fixedRoot = fields.values().get("rootpath");
        }
        model.setType(page.type());
        model.setUri(page.uri());
        model.setSourceUri(page.uri());
        model.setTitle(page.title());
        model.setStatus("published");
        model.setTags(page.tags().toArray(String[]::new));
        model.setRootPath(fixedRoot instanceof String fixed ? fixed : rootPath(page.uri()));
        model.setNoExtensionUri(
                page.uri().endsWith("index.html")
                        ? page.uri().substring(0, page.uri().length() - 10)
                        : page.uri());
        if (page.date() != null) {
            model.setDate(java.util.Date.from(
                    page.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        }
        return model;
    }

    /**
     * The file JBake's {@link Renderer#render(DocumentModel)} writes a page to, relative to the destination: its URI
     * without its extension, with the output extension of its type.
     */
    private String outputPath(PageSpec page) {
        String uri = page.uri();
        int dot = uri.lastIndexOf('.');
        String stem = dot > uri.lastIndexOf('/') ? uri.substring(0, dot) : uri;
        return stem + config.getOutputExtensionByDocType(page.type());
    }

    /** "../" once per folder level of the output file: the relative way back to the site root. */
    public static String rootPath(String uri) {
        long depth = uri.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }

    public java.util.Optional<Problem> feed(String file) {
        return attempt(file, () -> renderer.renderFeed(file));
    }

    public java.util.Optional<Problem> sitemap(String file) {
        return attempt(file, () -> renderer.renderSitemap(file));
    }

    public java.util.Optional<Problem> error404(String file) {
        return attempt(file, () -> renderer.renderError404(file));
    }

    public java.util.Optional<Problem> index(String file) {
        return attempt(file, () -> renderer.renderIndex(file));
    }

    public java.util.Optional<Problem> archive(String file) {
        return attempt(file, () -> renderer.renderArchive(file));
    }

    public java.util.Optional<Problem> tags(String tagPath) {
        return attempt(tagPath, () -> renderer.renderTags(tagPath));
    }

    public File destination() {
        return config.getDestinationFolder();
    }

    private interface Step {
        void run() throws Exception;
    }

    private static java.util.Optional<Problem> attempt(String page, Step step) {
        try {
            step.run();
            return java.util.Optional.empty();
        } catch (Exception e) {
            return java.util.Optional.of(RenderFailure.toProblem(e, page));
        }
    }
}
