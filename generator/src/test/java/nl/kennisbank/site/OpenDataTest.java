package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * The open data downloads of the example site, parsed and compared with the pages they describe: every practice
 * once, with the title, sectors, municipalities and evidence its page shows; the yearly numbers as the overview's
 * tables and charts show them; CSV and JSON the same.
 */
class OpenDataTest {

    private static final Path SITE = ExampleSite.build();

    /** RFC 4180: commas, double quotes doubled inside quoted cells, CRLF between records. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertTrue(row.isEmpty() && cell.isEmpty(), "the file ends with CRLF");
        return rows;
    }

    private static String read(String path) throws IOException {
        byte[] bytes = Files.readAllBytes(SITE.resolve(path));
        assertFalse(bytes.length >= 3 && bytes[0] == (byte) 0xEF, path + " has no byte order mark");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Document page(String url) throws IOException {
        return Jsoup.parse(SITE.resolve(url).resolve("index.html").toFile());
    }

    /** A page that only sends visitors on to a practice's new address. */
    static boolean redirect(Path html) {
        try {
            return Files.readString(html, StandardCharsets.UTF_8).contains("http-equiv=\"refresh\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("; "));
    }

    @Test
    void everyPublishedPracticeIsOneRowWithWhatItsPageShows() throws IOException {
        List<List<String>> rows = parseCsv(read("overzicht/praktijkvoorbeelden.csv"));
        List<String> header = rows.get(0);
        assertEquals(
                List.of(
                        "adres",
                        "slug",
                        "titel",
                        "samenvatting",
                        "datum",
                        "bijgewerkt",
                        "status",
                        "sectoren",
                        "themas",
                        "pijlers",
                        "gemeenten",
                        "cbsCodes",
                        "provincies",
                        "doelgroep",
                        "looptijd",
                        "start",
                        "eind",
                        "fase",
                        "onderbouwing",
                        "databank",
                        "databankLink"),
                header);
        TreeSet<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.list(SITE.resolve("praktijkvoorbeelden"))) {
            files.filter(p -> Files.exists(p.resolve("index.html"))
                            && !p.getFileName().toString().equals("pagina")
                            && !redirect(p.resolve("index.html")))
                    .forEach(p -> pages.add("praktijkvoorbeelden/" + p.getFileName() + "/"));
        }
        List<String> addresses = rows.subList(1, rows.size()).stream()
                .map(r -> r.get(0).replace("https://kennisbank.example.nl/", ""))
                .toList();
        assertEquals(List.copyOf(pages), addresses, "every practice once, by address");
        for (List<String> row : rows.subList(1, rows.size())) {
            Document page = page(row.get(0).replace("https://kennisbank.example.nl/", ""));
            assertEquals(page.selectFirst("h1").text(), row.get(2));
            assertEquals(sectorIds(page), split(row.get(7)), row.get(1));
            List<String> gemeenten = page.select(".feiten dt:containsOwn(Gemeente) + dd > a[href*=gemeenten/]")
                    .eachText();
            assertEquals(gemeenten, split(row.get(10)), row.get(1));
            assertEquals(gemeenten.size(), split(row.get(11)).size(), "a CBS code per municipality");
            assertEquals(
                    "niet-beoordeeld",
                    row.get(18),
                    "no practice of the example site has an evidence level with a source");
            assertTrue(page.selectFirst(".feiten .kenmerk").text().equals("Niet beoordeeld"), row.get(1));
        }
    }

    private static List<String> sectorIds(Document page) {
        Element dd = page.selectFirst(".feiten dt:containsOwn(Sector) + dd");
        return dd.select("a").eachAttr("href").stream()
                .map(h -> h.replaceAll("^.*sectoren/|/$", ""))
                .toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonHoldsTheSameRowsAsTheCsv() throws IOException {
        List<List<String>> rows = parseCsv(read("overzicht/praktijkvoorbeelden.csv"));
        List<Map<String, Object>> json = new Json().toType(read("overzicht/praktijkvoorbeelden.json"), List.class);
        assertEquals(rows.size() - 1, json.size());
        for (int i = 0; i < json.size(); i++) {
            for (int c = 0; c < rows.get(0).size(); c++) {
                Object value = json.get(i).get(rows.get(0).get(c));
                String asCsv = value instanceof List<?> l ? String.join("; ", (List<String>) l) : String.valueOf(value);
                assertEquals(rows.get(i + 1).get(c), asCsv, rows.get(0).get(c));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachYearsNumbersAreTheOnesItsOverviewPageShows() throws IOException {
        for (String year : List.of("2025", "2026")) {
            List<List<String>> rows = parseCsv(read("overzicht/overzicht-" + year + ".csv"));
            assertEquals(List.of("jaar", "indeling", "id", "naam", "nieuw", "bijgewerkt"), rows.get(0));
            Document page = page("overzicht/" + year);
            List<String> total = rows.get(1);
            assertEquals("totaal", total.get(1));
            assertEquals(page.select("#kop-nieuw ~ ul.kaarten > li").size(), Integer.parseInt(total.get(4)), year);
            int checked = 0;
            for (List<String> row : rows.subList(2, rows.size())) {
                Element tableRow = page.select("#kop-" + row.get(1) + " ~ .tabel-houder tbody tr").stream()
                        .filter(tr -> tr.selectFirst("th").text().equals(row.get(3)))
                        .findFirst()
                        .orElseThrow();
                assertEquals(
                        List.of(row.get(4), row.get(5)), tableRow.select("td").eachText(), year + " " + row.get(3));
                String chart =
                        page.selectFirst("#grafiek-" + row.get(1) + "-uitleg").text();
                assertTrue(
                        chart.contains(row.get(3) + ": " + row.get(4) + " nieuw, " + row.get(5) + " bijgewerkt"),
                        chart);
                checked++;
            }
            assertTrue(checked > 10);
            Map<String, Object> json = new Json().toType(read("overzicht/overzicht-" + year + ".json"), Map.class);
            assertEquals(Integer.parseInt(total.get(4)), ((Number) json.get("nieuw")).intValue());
            assertEquals(rows.size() - 1, ((List<Object>) json.get("tellingen")).size());
        }
    }

    @Test
    void theChartsAreNamedDescribedAndDrawnWithPatternsBesidesColour() throws IOException {
        Document page = page("overzicht");
        assertFalse(page.select("svg.grafiek").isEmpty());
        for (Element svg : page.select("svg.grafiek")) {
            assertEquals("img", svg.attr("role"));
            String[] ids = svg.attr("aria-labelledby").split(" ");
            assertEquals("title", page.getElementById(ids[0]).tagName());
            assertEquals("desc", page.getElementById(ids[1]).tagName());
            assertTrue(
                    svg.select("pattern").size() == 1
                            && !svg.select("rect[fill^=url(#]").isEmpty(),
                    "the second series is hatched");
        }
    }
}
