package nl.kennisbank.site.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.jbake.JBakeRendering;
import nl.kennisbank.jbake.PageContent;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.pages.PageFrame;
import nl.kennisbank.pages.PageFrame.Crumb;
import nl.kennisbank.pages.PageFrame.TocEntry;

/**
 * The frame every page has (title, url, description, canonical URL, breadcrumbs, JSON-LD), and the page spec
 * around it and the page type's own record.
 */
public final class PageFactory {

    private final String baseUrl;

    public PageFactory(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The site's base URL ("" when built without one). */
    String baseUrl() {
        return baseUrl;
    }

    /** A builder for one page at {@code url} (site-relative, "" for home, ending in '/'). */
    public Builder page(String type, String url, String title, String description) {
        return new Builder(type, url, title, description);
    }

    /** Collects the frame of one page. */
    public final class Builder {
        private final String type;
        private final String url;
        private final String title;
        private final String description;
        private final List<Crumb> crumbs = new ArrayList<>();
        private LocalDate date;
        private List<String> tags = List.of();
        private Map<String, Object> entity;
        private List<TocEntry> toc = List.of();
        private String sourcePath = "";
        private String rootpath;

        private Builder(String type, String url, String title, String description) {
            this.type = type;
            this.url = url;
            this.title = title;
            this.description = description == null ? "" : description;
            this.rootpath = JBakeRendering.rootPath(outputFile(url));
            crumbs.add(new Crumb("Home", ""));
        }

        Builder crumb(String label, String crumbUrl) {
            crumbs.add(new Crumb(label, crumbUrl));
            return this;
        }

        Builder date(LocalDate pageDate) {
            this.date = pageDate;
            return this;
        }

        Builder tags(List<String> pageTags) {
            this.tags = pageTags;
            return this;
        }

        /** The schema.org description of what this page is about (Article, Place, …); without one the page is a WebPage. */
        Builder entity(Map<String, Object> schemaOrg) {
            this.entity = schemaOrg;
            return this;
        }

        Builder toc(List<TocEntry> entries) {
            this.toc = List.copyOf(entries);
            return this;
        }

        /** The source file of a page made from a document, for the "Bewerk deze pagina" link. */
        Builder source(String path) {
            this.sourcePath = path;
            return this;
        }

        /** A fixed way back to the site root, for a page served at any depth (the 404 page). */
        public Builder rootpath(String fixed) {
            this.rootpath = fixed;
            return this;
        }

        /** The page with its own records (the page type's first), followed by the frame. */
        public PageSpec build(Record... parts) {
            List<Crumb> all = new ArrayList<>(crumbs);
            if (!url.isEmpty()) {
                all.add(new Crumb(title, ""));
            }
            String jsonLd = LinkedData.page(
                    baseUrl,
                    url,
                    title,
                    description,
                    entity,
                    all.stream().map(PageFactory::crumbMap).toList());
            PageFrame frame = new PageFrame(
                    type,
                    title,
                    url,
                    description,
                    baseUrl.isEmpty() ? "" : baseUrl + url,
                    rootpath,
                    List.copyOf(all),
                    jsonLd,
                    toc,
                    sourcePath);
            List<Record> records = new ArrayList<>(List.of(parts));
            records.add(frame);
            return new PageSpec(type, outputFile(url), title, date, tags, new PageContent.Typed(records));
        }
    }

    private static String outputFile(String url) {
        return url.endsWith(".html") || url.endsWith(".xml") ? url : url + "index.html";
    }

    private static Map<String, Object> crumbMap(Crumb crumb) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("label", crumb.label());
        map.put("url", crumb.url());
        return map;
    }
}
