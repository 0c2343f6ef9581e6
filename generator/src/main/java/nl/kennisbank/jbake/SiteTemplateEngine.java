package nl.kennisbank.jbake;

import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import nl.kennisbank.publish.WrittenFiles;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's template engine with a Freemarker configuration fit for publishing: errors are rethrown (never written
 * into the page), {@code .ftlh} templates auto-escape HTML, Dutch locale, UTC, plain number formatting. Templates
 * get JBake's own data model (through JBake's {@code LazyLoadingModel}) plus our {@code site} model, in a safe
 * configuration: no {@code ?new} of any class, no {@code ?api}, no reflection. Every HTML page leaves with a
 * Content-Security-Policy ({@link SecurityPolicy}), also when its template forgot one.
 */
public final class SiteTemplateEngine extends DelegatingTemplateEngine {

    private final Configuration freemarker;
    private final Map<String, Object> globals;
    private final Map<String, Object> configModel;
    private final ReadRecorder reads;
    private final WrittenFiles written;

    /** The key under which a page's typed content rides along in the {@code DocumentModel} that JBake renders. */
    static final String TYPED_CONTENT = "kennisbank.typedContent";

    /**
     * The key under which a page's output file (relative to the site) rides along, for a page whose bytes are recorded
     * in {@link WrittenFiles} as they are written; JBake's own pages (feed, sitemap, …) have none.
     */
    static final String OUTPUT_PATH = "kennisbank.outputPath";

    /** The locale a knowledge-base site's templates format dates and numbers in. */
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    public SiteTemplateEngine(
            ContentStore db, JBakeConfiguration config, Map<String, Object> globals, boolean reloadTemplates) {
        this(db, config, globals, reloadTemplates, new ReadRecorder(), DUTCH, new WrittenFiles());
    }

    SiteTemplateEngine(
            ContentStore db,
            JBakeConfiguration config,
            Map<String, Object> globals,
            boolean reloadTemplates,
            ReadRecorder reads,
            Locale locale,
            WrittenFiles written) {
        super(db, config);
        this.reads = reads;
        this.written = written;
        this.globals = Map.copyOf(globals);
        this.freemarker = configure(config.getTemplateFolder(), reloadTemplates, locale);
        this.configModel = java.util.Collections.unmodifiableMap(config.asHashMap());
    }

    private static Configuration configure(File templateFolder, boolean reloadTemplates, Locale locale) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            cfg.setDirectoryForTemplateLoading(templateFolder);
        } catch (IOException e) {
            throw new IllegalStateException("template folder not readable: " + templateFolder, e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(locale);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Safe configuration: ?new may instantiate no class at all (so no freemarker.template.utility.Execute or
        // ObjectConstructor), ?api is off, and the object wrapper's member-access policy hides getClass(),
        // class loaders and reflection. No static or enum models are put in the data model.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34));
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_SAFE);
        cfg.setObjectWrapper(new RecordWrapper(wrapper));
        cfg.setTemplateUpdateDelayMilliseconds(reloadTemplates ? 0 : Long.MAX_VALUE);
        return cfg;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        model.setVersion(config.getVersion());
        model.setConfig(configModel);
        if (templateName == null) { // JBake found no template.<type>.file for this page's type
            String type = model.getContent() != null
                    ? String.valueOf(model.getContent().getType())
                    : "?";
            throw new RenderingException(new TemplateKeyMissing(type));
        }
        try {
            Template template = freemarker.getTemplate(templateName);
            FreemarkerTemplateEngine.LazyLoadingModel jbakeModel =
                    new FreemarkerTemplateEngine.LazyLoadingModel(freemarker.getObjectWrapper(), model, db, config);
            String uri = model.getContent() != null && model.getContent().getUri() != null
                    ? model.getContent().getUri()
                    : templateName;
            java.io.StringWriter page = new java.io.StringWriter();
            Object typed = model.getContent() != null ? model.getContent().get(TYPED_CONTENT) : null;
            Map<String, Object> ours = globals;
            if (typed != null) { // a knowledge-base page: its typed records are the whole of content
                ours = new java.util.HashMap<>(globals);
                ours.put("content", typed);
            }
            template.process(
                    new OverlayModel(ours, jbakeModel, freemarker.getObjectWrapper(), reads.forPage(uri)), page);
            String text = page.toString();
            String out = SecurityPolicy.isPage(text) ? SecurityPolicy.ensure(text) : text;
            writer.write(out);
            if (model.getContent() != null && model.getContent().get(OUTPUT_PATH) instanceof String path) {
                written.record(path, out.getBytes(config.getRenderEncoding())); // the bytes JBake's writer makes of it
            }
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
