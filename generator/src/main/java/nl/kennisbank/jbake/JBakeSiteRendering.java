package nl.kennisbank.jbake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.publish.WrittenFiles;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;

/**
 * Renders a JBake-format site: every document (drafts under JBake's draft suffix) in parallel with the previous
 * and next document of its type set as JBake's document renderer sets them, then JBake's standard pages. Templates
 * get JBake's data model plus {@code db} ({@link TemplateDb}), {@code data} ({@link TemplateData}) and a
 * {@code published_date} taken from the newest document, so the output does not depend on the clock. Dates and
 * numbers are formatted in English, as stock JBake 2.7.0 formats them whatever {@code jvm.locale} says.
 */
final class JBakeSiteRendering {

    /** The locale stock JBake 2.7.0's Freemarker formats in when started as jbake-compat/stock-jbake.sh starts it. */
    static final Locale JBAKE_LOCALE = Locale.US;

    private final JBakeSettings settings;
    private final List<DocumentModel> documents;
    private final InMemoryContentStore store;
    private final JBakeRendering rendering;
    private final DefaultJBakeConfiguration config;

    JBakeSiteRendering(JBakeSettings settings, List<DocumentModel> documents, TemplateData data, Path destination) {
        this.settings = settings;
        this.documents = documents;
        this.config = settings.configurationFor(destination);
        for (String type : settings.documentTypes()) { // JBake's global registries, as its Oven fills them
            DocumentTypes.addDocumentType(type);
            ModelExtractors.getInstance().registerExtractorsForCustomTypes(type);
        }
        this.store = InMemoryContentStore.inStockOrder(documents);
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("db", TemplateDb.wrapped(store));
        globals.put("data", data);
        globals.put(
                "published_date",
                documents.stream()
                        .map(DocumentModel::getDate)
                        .filter(d -> d != null)
                        .max(Comparator.naturalOrder())
                        .orElse(new Date(0)));
        this.rendering = new JBakeRendering(
                config,
                store,
                new SiteTemplateEngine(
                        store, config, globals, false, new ReadRecorder(), JBAKE_LOCALE, new WrittenFiles()));
    }

    int render(int threads, Problems problems) throws InterruptedException {
        List<DocumentModel> renderable = documents.stream()
                .filter(doc -> freemarkerTemplate(doc, problems))
                .toList();
        setNavigation();
        ParallelPages.render(renderable, rendering::document, threads, problems);
        return renderable.size() + rendering.standardPages(settings, problems::add);
    }

    /** Only Freemarker templates render here; a document whose type maps to another engine's template is skipped with a warning. */
    private boolean freemarkerTemplate(DocumentModel doc, Problems problems) {
        String template = settings.string("template." + doc.getType() + ".file", "");
        if (template.endsWith(".ftl") || template.endsWith(".ftlh")) {
            return true;
        }
        problems.report(
                Location.file(settings.root()
                        .relativize(Path.of(doc.getFile()))
                        .toString()
                        .replace('\\', '/')),
                ProblemCode.JBAKE_TEMPLATE_ENGINE,
                doc.getType(),
                template);
        return false;
    }

    /** As JBake's document renderer: the neighbours in each type's newest-first list, when published (once per type: O(N)). */
    private void setNavigation() {
        for (String type : settings.documentTypes()) {
            List<DocumentModel> all = new ArrayList<>(store.getAllContent(type));
            for (int at = 0; at < all.size(); at++) {
                if (at > 0 && "published".equals(all.get(at - 1).getStatus())) {
                    all.get(at).setPreviousContent(nav(all.get(at - 1)));
                }
                if (at < all.size() - 1 && "published".equals(all.get(at + 1).getStatus())) {
                    all.get(at).setNextContent(nav(all.get(at + 1)));
                }
            }
        }
    }

    private static DocumentModel nav(DocumentModel doc) {
        DocumentModel nav = new DocumentModel();
        nav.setUri(doc.getNoExtensionUri() != null ? doc.getNoExtensionUri() : doc.getUri());
        nav.setTitle(doc.getTitle());
        nav.setDate(doc.getDate());
        return nav;
    }
}
