package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * JSON-LD on every page of the example site, parsed and checked against the schema.org types it uses: each node's
 * properties are ones schema.org defines for its type (listed here from schema.org, types and their parents), the
 * required ones are there, breadcrumbs count from 1 and end at the page itself, and each page type says what it is.
 */
class LinkedDataTest {

    private static final Path SITE = ExampleSite.build();

    private static final Set<String> THING = Set.of("@type", "@id", "name", "url", "description", "identifier");
    private static final Set<String> CREATIVE_WORK = union(
            THING,
            Set.of(
                    "headline",
                    "datePublished",
                    "dateModified",
                    "inLanguage",
                    "about",
                    "keywords",
                    "spatialCoverage",
                    "contributor",
                    "author",
                    "genre",
                    "hasPart",
                    "isPartOf",
                    "position",
                    "version",
                    "license"));
    /** schema.org properties per type (the type's own and its parents'), and the ones this site always gives. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "WebPage",
            CREATIVE_WORK,
            "Article",
            CREATIVE_WORK,
            "CreativeWork",
            CREATIVE_WORK,
            "Place",
            union(THING, Set.of("containedInPlace")),
            "AdministrativeArea",
            union(THING, Set.of("containedInPlace")),
            "Organization",
            THING,
            "PropertyValue",
            union(THING, Set.of("propertyID", "value")),
            "BreadcrumbList",
            Set.of("@type", "itemListElement"),
            "ListItem",
            Set.of("@type", "position", "name", "item"));

    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "Article",
            Set.of("headline", "url", "inLanguage"),
            "CreativeWork",
            Set.of("name", "url"),
            "WebPage",
            Set.of("name", "url"),
            "Place",
            Set.of("name"),
            "Organization",
            Set.of("name"),
            "PropertyValue",
            Set.of("propertyID", "value"),
            "BreadcrumbList",
            Set.of("itemListElement"),
            "ListItem",
            Set.of("position", "name", "item"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonLd(Path html) throws IOException {
        Document page = Jsoup.parse(html.toFile());
        List<Element> blocks = page.select("script[type=application/ld+json]");
        assertEquals(1, blocks.size(), html + ": one JSON-LD block");
        Map<String, Object> root = new Json().toType(blocks.get(0).data(), Map.class);
        assertEquals("https://schema.org", root.get("@context"), html.toString());
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void check(Object node, String where, List<String> problems) {
        if (node instanceof List<?> list) {
            list.forEach(n -> check(n, where, problems));
            return;
        }
        if (!(node instanceof Map<?, ?>)) {
            return;
        }
        Map<String, Object> map = (Map<String, Object>) node;
        String type = (String) map.get("@type");
        if (!ALLOWED.containsKey(type)) {
            problems.add(where + ": unexpected type " + type);
            return;
        }
        for (String key : map.keySet()) {
            if (!ALLOWED.get(type).contains(key)) {
                problems.add(where + ": " + type + " has no property " + key + " in schema.org");
            }
        }
        for (String key : REQUIRED.getOrDefault(type, Set.of())) {
            if (map.get(key) == null) {
                problems.add(where + ": " + type + " lacks " + key);
            }
        }
        map.values().forEach(v -> check(v, where, problems));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPageCarriesValidJsonLdWithBreadcrumbsAndWhatItIsAbout() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(SITE)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".html")
                            && !p.toString().contains("/zoeken/index/")
                            && !OpenDataTest.redirect(p))
                    .sorted()
                    .toList();
        }
        assertTrue(pages.size() > 90, "every page: " + pages.size());
        List<String> problems = new ArrayList<>();
        Map<String, String> mainTypes = new TreeMap<>();
        for (Path html : pages) {
            String rel = SITE.relativize(html).toString();
            Map<String, Object> root = jsonLd(html);
            List<Map<String, Object>> graph = (List<Map<String, Object>>) root.get("@graph");
            check(graph, rel, problems);
            mainTypes.put(rel, (String) graph.get(0).get("@type"));
            if (!rel.equals("index.html") && !rel.equals("404.html")) {
                Map<String, Object> crumbs = graph.stream()
                        .filter(n -> "BreadcrumbList".equals(n.get("@type")))
                        .findFirst()
                        .orElseThrow();
                List<Map<String, Object>> items = (List<Map<String, Object>>) crumbs.get("itemListElement");
                for (int i = 0; i < items.size(); i++) {
                    assertEquals(i + 1, ((Number) items.get(i).get("position")).intValue(), rel);
                }
                String last = (String) items.get(items.size() - 1).get("item");
                assertTrue(
                        (last.isEmpty()
                                                ? "index.html"
                                                : last.replace("https://kennisbank.example.nl/", "") + "index.html")
                                        .equals(rel)
                                || rel.endsWith(".html") && !rel.endsWith("index.html"),
                        rel + " ends its breadcrumbs at itself: " + last);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals("Article", mainTypes.get("praktijkvoorbeelden/u-pas-utrecht/index.html"));
        assertEquals("Article", mainTypes.get("handreikingen/onderwijs/het-gesprek/index.html"));
        assertEquals("CreativeWork", mainTypes.get("handreikingen/onderwijs/index.html"));
        assertEquals("Place", mainTypes.get("gemeenten/utrecht/index.html"));
        assertEquals("WebPage", mainTypes.get("over/index.html"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMunicipalityCarriesItsCbsCodeAndAPracticeItsPlacesAndPartners() throws IOException {
        Map<String, Object> gemeente = ((List<Map<String, Object>>)
                        jsonLd(SITE.resolve("gemeenten/utrecht/index.html")).get("@graph"))
                .get(0);
        assertEquals(
                Map.of("@type", "PropertyValue", "propertyID", "CBS-gemeentecode", "value", "GM0344"),
                gemeente.get("identifier"));
        Map<String, Object> practice = ((List<Map<String, Object>>)
                        jsonLd(SITE.resolve("praktijkvoorbeelden/u-pas-utrecht/index.html"))
                                .get("@graph"))
                .get(0);
        List<Map<String, Object>> places = (List<Map<String, Object>>) practice.get("spatialCoverage");
        assertEquals("Utrecht", places.get(0).get("name"));
        boolean listsPartners = Jsoup.parse(SITE.resolve("praktijkvoorbeelden/u-pas-utrecht/index.html")
                                .toFile())
                        .select(".feiten dt:containsOwn(Wie doen mee)")
                        .size()
                > 0;
        assertEquals(
                listsPartners,
                practice.get("contributor") != null,
                "partners as organisations exactly when the page lists them");
        assertEquals("2026-10-05", practice.get("datePublished"));
    }
}
