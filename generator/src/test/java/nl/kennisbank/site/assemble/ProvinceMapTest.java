package nl.kennisbank.site.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.kennisbank.site.ExampleSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * The map page of the example site: its SVG is well-formed SVG, every province is drawn, named with its count and
 * linked to its browse page, and the numbers on the map, in its table and in the municipality lists are those of the
 * browse pages.
 */
class ProvinceMapTest {

    private static final Path SITE = ExampleSite.build();
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Pattern NAME = Pattern.compile("(.+): (\\d+) praktijkvoorbeeld(?:en)?");

    private static String read(String page) throws IOException {
        return Files.readString(SITE.resolve(page), StandardCharsets.UTF_8);
    }

    /** The map's SVG as the page carries it, parsed as XML (namespaces on, no DTD). */
    private static org.w3c.dom.Element mapSvg() throws Exception {
        String html = read("kaart/index.html");
        int start = html.indexOf("<svg class=\"landkaart__svg\"");
        assertTrue(start >= 0, "the map page has the map's SVG");
        String svg = html.substring(start, html.indexOf("</svg>", start) + "</svg>".length());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    /** Province id → (label, count) from the links on the map. */
    private static Map<String, String[]> regions() throws Exception {
        Map<String, String[]> regions = new LinkedHashMap<>();
        NodeList links = mapSvg().getElementsByTagNameNS(SVG, "a");
        for (int i = 0; i < links.getLength(); i++) {
            org.w3c.dom.Element a = (org.w3c.dom.Element) links.item(i);
            Matcher href = Pattern.compile("\\.\\./provincies/([a-z-]+)/").matcher(a.getAttribute("href"));
            assertTrue(href.matches(), "a province links to its browse page: " + a.getAttribute("href"));
            Matcher name = NAME.matcher(a.getAttribute("aria-label"));
            assertTrue(
                    name.matches(),
                    "a province's link names the province and its count: " + a.getAttribute("aria-label"));
            regions.put(href.group(1), new String[] {name.group(1), name.group(2)});
        }
        return regions;
    }

    /** The number of practices a browse page lists, from its heading "Praktijkvoorbeelden (N)" and its cards. */
    private static int listed(String page) throws IOException {
        Document doc = Jsoup.parse(read(page));
        String heading = doc.getElementById("kop-voorbeelden").text();
        int count = Integer.parseInt(heading.replaceAll("\\D", ""));
        assertEquals(
                count,
                doc.select("#kop-voorbeelden ~ .kaarten > li").size(),
                page + ": the heading's count is the list's length");
        return count;
    }

    @Test
    void theMapIsWellFormedSvgWithEveryProvinceDrawnAsALinkWithAPath() throws Exception {
        org.w3c.dom.Element svg = mapSvg();
        assertEquals(SVG, svg.getNamespaceURI());
        assertEquals("svg", svg.getLocalName());
        assertTrue(svg.getAttribute("viewBox").matches("0 0 \\d+ \\d+"), svg.getAttribute("viewBox"));
        assertFalse(svg.getAttribute("aria-labelledby").isEmpty(), "the map has a title");
        NodeList links = svg.getElementsByTagNameNS(SVG, "a");
        assertEquals(12, links.getLength(), "twelve provinces");
        for (int i = 0; i < links.getLength(); i++) {
            org.w3c.dom.Element a = (org.w3c.dom.Element) links.item(i);
            NodeList paths = a.getElementsByTagNameNS(SVG, "path");
            assertEquals(1, paths.getLength(), a.getAttribute("aria-label"));
            String d = ((org.w3c.dom.Element) paths.item(0)).getAttribute("d");
            assertTrue(
                    d.matches("(M-?\\d+ -?\\d+l[-\\d ]+z)+"), "a drawable outline for " + a.getAttribute("aria-label"));
        }
        assertTrue(
                svg.getElementsByTagNameNS(SVG, "script").getLength() == 0
                        && !read("kaart/index.html").contains("style=\""),
                "no script and no style attribute in the map");
    }

    @Test
    void everyProvinceOfTheVocabularyIsOnTheMapNamedAndLinked() throws Exception {
        Document table = Jsoup.parse(read("kaart/index.html"));
        Map<String, String[]> regions = regions();
        List<String> vocabulary = new ArrayList<>();
        for (Element row : Jsoup.parse(read("provincies/index.html")).select("main a[href*=provincies/]")) {
            vocabulary.add(row.attr("href").replaceAll(".*provincies/([a-z-]+)/$", "$1"));
        }
        assertEquals(12, vocabulary.size(), vocabulary.toString());
        assertEquals(
                vocabulary, List.copyOf(regions.keySet()), "every province, in the vocabulary's order (the tab order)");
        for (String id : vocabulary) {
            assertTrue(Files.exists(SITE.resolve("provincies/" + id + "/index.html")), id);
            Element row = table.selectFirst("table.tabel tbody tr:has(a[href$=provincies/" + id + "/])");
            assertEquals(regions.get(id)[0], row.selectFirst("th").text(), "table and map name the province alike");
        }
    }

    @Test
    void theCountsOnTheMapInTheTableAndPerMunicipalityAreThoseOfTheBrowsePages() throws Exception {
        Document page = Jsoup.parse(read("kaart/index.html"));
        List<String> numbersOnTheMap = page.select(".landkaart__getallen text").eachText();
        int i = 0;
        int municipalities = 0;
        for (Map.Entry<String, String[]> region : regions().entrySet()) {
            int browse = listed("provincies/" + region.getKey() + "/index.html");
            assertEquals(browse, Integer.parseInt(region.getValue()[1]), region.getKey() + ": the link's name");
            assertEquals(String.valueOf(browse), numbersOnTheMap.get(i++), region.getKey() + ": the number on the map");
            Element row = page.selectFirst("table.tabel tbody tr:has(a[href$=provincies/" + region.getKey() + "/])");
            assertEquals(String.valueOf(browse), row.selectFirst("td").text(), region.getKey() + ": the table");
            Element heading = page.getElementById("gemeenten-" + region.getKey());
            Element list = heading.nextElementSibling();
            Document provincePage = Jsoup.parse(read("provincies/" + region.getKey() + "/index.html"));
            List<String> onProvincePage =
                    provincePage.select("#kop-gemeenten + ul li").eachText();
            List<String> onMapPage = list.is("ul") ? list.select("li").eachText() : List.of();
            assertEquals(onProvincePage, onMapPage, region.getKey() + ": the same municipalities with the same counts");
            for (Element g : list.select("li")) {
                String href = g.selectFirst("a").attr("href").replace("../", "");
                int count = Integer.parseInt(g.selectFirst(".aantal").text().replaceAll("\\D", ""));
                assertEquals(listed(href + "index.html"), count, href);
                municipalities++;
            }
        }
        assertTrue(municipalities > 0, "the example site has municipalities with practices");
    }

    @Test
    void countClassesCoverEveryCountWithoutGapsAndTheLegendSaysThem() {
        ProvinceShapes shapes = ProvinceShapes.load();
        for (int max : List.of(0, 1, 2, 3, 7, 10, 800)) {
            List<ProvinceMap.Region> regions = List.of(
                    new ProvinceMap.Region("utrecht", "Utrecht", "provincies/utrecht/", max),
                    new ProvinceMap.Region("zeeland", "Zeeland", "provincies/zeeland/", 0));
            ProvinceMap map = new ProvinceMap(shapes, regions);
            List<ProvinceMap.CountClass> classes = map.classes();
            assertEquals(0, classes.getFirst().to());
            for (int c = 1; c < classes.size(); c++) {
                assertEquals(classes.get(c - 1).to() + 1, classes.get(c).from(), "no gap for max " + max);
            }
            assertEquals(max, classes.getLast().to(), "the last class ends at the highest count");
            for (int count = 0; count <= max; count++) {
                map.classOf(count);
            }
        }
        assertEquals("geen praktijkvoorbeelden", new ProvinceMap.CountClass(0, 0, "k", "f").legend());
        assertEquals("1 praktijkvoorbeeld", new ProvinceMap.CountClass(1, 1, "k", "f").legend());
        assertEquals("2 tot en met 5 praktijkvoorbeelden", new ProvinceMap.CountClass(2, 5, "k", "f").legend());
    }

    @Test
    void theVendoredOutlinesAreTheTwelveProvincesWithTheirLicenceBeside() throws IOException {
        ProvinceShapes shapes = ProvinceShapes.load();
        assertEquals(
                List.of(
                        "drenthe",
                        "flevoland",
                        "friesland",
                        "gelderland",
                        "groningen",
                        "limburg",
                        "noord-brabant",
                        "noord-holland",
                        "overijssel",
                        "utrecht",
                        "zeeland",
                        "zuid-holland"),
                shapes.shapes().stream().map(ProvinceShapes.Shape::id).toList());
        for (ProvinceShapes.Shape s : shapes.shapes()) {
            assertTrue(s.labelX() > 0 && s.labelY() > 0, s.id() + " has its count inside the map");
        }
        Path vendor = ExampleSite.root().resolve("vendor/kaart");
        assertTrue(Files.readString(vendor.resolve("LICENSE.md")).contains("Attribution 4.0 International"));
        assertTrue(Files.readString(vendor.resolve("package.json")).contains("\"@svg-maps/netherlands\": \"1.0.0\""));
    }
}
