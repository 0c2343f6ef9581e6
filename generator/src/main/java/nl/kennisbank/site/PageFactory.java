package nl.kennisbank.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.jbake.PageSpec;

/** The fields every page has (title, url, description, canonical URL, breadcrumbs), and the page spec around them. */
final class PageFactory {

    private final String baseUrl;

    PageFactory(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The site's base URL ("" when built without one). */
    String baseUrl() {
        return baseUrl;
    }

    /** A builder for one page at {@code url} (site-relative, "" for home, ending in '/'). */
    Builder page(String type, String url, String title, String description) {
        return new Builder(type, url, title, description);
    }

    static Map<String, Object> crumb(String label, String url) {
        Map<String, Object> crumb = new LinkedHashMap<>();
        crumb.put("label", label);
        crumb.put("url", url);
        return crumb;
    }

    static Map<String, Object> link(String id, String label, String url) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("id", id);
        link.put("label", label);
        link.put("url", url);
        return link;
    }

    /** Collects the fields of one page. */
    final class Builder {
        private final String type;
        private final String url;
        private final String title;
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private final List<Map<String, Object>> crumbs = new ArrayList<>();
        private LocalDate date;
        private List<String> tags = List.of();
        private Map<String, Object> entity;

        private Builder(String type, String url, String title, String description) {
            this.type = type;
            this.url = url;
            this.title = title;
            fields.put("url", url);
            fields.put("description", description == null ? "" : description);
            fields.put("canonical", baseUrl.isEmpty() ? "" : baseUrl + url);
            fields.put("toc", List.of());
            crumbs.add(PageFactory.crumb("Home", ""));
        }

        Builder crumb(String label, String crumbUrl) {
            crumbs.add(PageFactory.crumb(label, crumbUrl));
            return this;
        }

        /** Sets a field; a {@code null} value leaves the field out, so templates test it with {@code ??}. */
        Builder put(String key, Object value) {
            if (value != null) {
                fields.put(key, value);
            }
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

        PageSpec build() {
            List<Map<String, Object>> all = new ArrayList<>(crumbs);
            if (!url.isEmpty()) {
                all.add(PageFactory.crumb(title, ""));
            }
            fields.put("breadcrumbs", List.copyOf(all));
            fields.put("jsonLd", LinkedData.page(baseUrl, url, title, (String) fields.get("description"), entity, all));
            String uri = url.endsWith(".html") || url.endsWith(".xml") ? url : url + "index.html";
            return new PageSpec(type, uri, title, date, tags, Map.copyOf(fields));
        }
    }
}
