package nl.kennisbank.site.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Practice;
import nl.kennisbank.json.Json;

/**
 * JSON-LD for every page (schema.org): what the page is about — an Article for a practice or a chapter, a
 * CreativeWork for a guide, a Place with its CBS code for a municipality, Organizations for a practice's partners,
 * a WebPage otherwise — and its BreadcrumbList. Written into {@code <script type="application/ld+json">}: a data block
 * the browser never runs, so the Content-Security-Policy (script-src 'self') does not apply; the JSON writer escapes
 * every {@code <}, so the data cannot close the element.
 */
final class LinkedData {

    private static final java.util.Set<Object> CREATIVE_WORKS = java.util.Set.of("WebPage", "Article", "CreativeWork");

    private LinkedData() {}

    /** The JSON-LD text of one page. URLs are absolute when the site has a base URL, else relative to the site root. */
    static String page(
            String baseUrl,
            String url,
            String title,
            String description,
            Map<String, Object> entity,
            List<Map<String, Object>> crumbs) {
        Map<String, Object> main = new LinkedHashMap<>();
        if (entity == null) {
            main.put("@type", "WebPage");
            main.put("name", title);
        } else {
            main.putAll(entity);
        }
        main.put("@id", baseUrl + url + "#inhoud");
        main.put("url", baseUrl + url);
        if (description != null && !description.isEmpty()) {
            main.putIfAbsent("description", description);
        }
        if (CREATIVE_WORKS.contains(main.get("@type"))) {
            main.put("inLanguage", "nl");
        }
        List<Object> graph = new ArrayList<>();
        graph.add(main);
        if (crumbs.size() > 1) {
            graph.add(breadcrumbs(baseUrl, url, crumbs));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        return Json.write(root);
    }

    private static Map<String, Object> breadcrumbs(String baseUrl, String url, List<Map<String, Object>> crumbs) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", crumbs.get(i).get("label"));
            String crumbUrl =
                    i == crumbs.size() - 1 ? url : (String) crumbs.get(i).get("url");
            item.put("item", baseUrl + crumbUrl);
            items.add(item);
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@type", "BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    /** A typed schema.org node with a name. */
    static Map<String, Object> node(String type, String name) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        node.put("name", name);
        return node;
    }

    /** A practice: an Article about its themes, covering its municipalities, with its partners as organisations. */
    static Map<String, Object> practice(Practice practice, List<Map<String, Object>> places, List<String> themes) {
        Map<String, Object> article = node("Article", practice.titel());
        article.put("headline", practice.titel());
        practice.published().ifPresent(d -> article.put("datePublished", d.toString()));
        practice.updated().or(practice::published).ifPresent(d -> article.put("dateModified", d.toString()));
        article.put("genre", "Praktijkvoorbeeld");
        article.put("about", themes);
        article.put("keywords", practice.trefwoorden());
        if (!places.isEmpty()) {
            article.put("spatialCoverage", places);
        }
        List<Object> partners = practice.partners().stream()
                .map(p -> (Object) node("Organization", p.naam()))
                .toList();
        if (!partners.isEmpty()) {
            article.put("contributor", partners);
        }
        return article;
    }

    /** A municipality: a Place with its CBS code, inside its province. */
    static Map<String, Object> municipality(nl.kennisbank.content.Gemeente gemeente, String province) {
        Map<String, Object> place = node("Place", gemeente.naam());
        Map<String, Object> code = new LinkedHashMap<>();
        code.put("@type", "PropertyValue");
        code.put("propertyID", "CBS-gemeentecode");
        code.put("value", gemeente.cbs());
        place.put("identifier", code);
        place.put("containedInPlace", node("AdministrativeArea", province));
        return place;
    }

    /** A guide: a CreativeWork made of its chapters (published by the knowledge base itself, so no author of its own). */
    static Map<String, Object> guide(
            nl.kennisbank.content.Document guide, String baseUrl, List<nl.kennisbank.content.Document> chapters) {
        Map<String, Object> work = node("CreativeWork", guide.title());
        work.put("headline", guide.title());
        guide.asGuide().published().ifPresent(d -> work.put("datePublished", d.toString()));
        work.put(
                "hasPart",
                chapters.stream()
                        .map(c -> {
                            Map<String, Object> part = node("Article", c.title());
                            part.put("headline", c.title());
                            part.put("url", baseUrl + c.url());
                            part.put("inLanguage", "nl");
                            return (Object) part;
                        })
                        .toList());
        return work;
    }

    /** A chapter: an Article that is part of its guide. */
    static Map<String, Object> chapter(
            nl.kennisbank.content.Document chapter, nl.kennisbank.content.Document guide, String baseUrl) {
        Map<String, Object> article = node("Article", chapter.title());
        article.put("headline", chapter.title());
        guide.asGuide().published().ifPresent(d -> article.put("datePublished", d.toString()));
        article.put("position", chapter.chapter());
        Map<String, Object> whole = node("CreativeWork", guide.title());
        whole.put("url", baseUrl + guide.url());
        article.put("isPartOf", whole);
        return article;
    }
}
