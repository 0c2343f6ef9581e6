package nl.kennisbank.site.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Gemeente;
import nl.kennisbank.content.Practice;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.json.Json;

/**
 * The open data downloads in {@code overzicht/}: every published practice ({@value #ALL_CSV} and {@value #ALL_JSON})
 * and per year the overview's numbers ({@code overzicht-JJJJ.csv} and {@code .json}). CSV is RFC 4180 (comma,
 * double quotes, CRLF), UTF-8 without byte order mark, with a header; a cell with several values separates them with
 * "; ". JSON has the same fields, several values as arrays. Rows are in a stable order: practices by address, counts
 * in vocabulary order. The columns are explained on the overview page.
 */
public final class OpenData {

    static final String ALL_CSV = "overzicht/praktijkvoorbeelden.csv";
    static final String ALL_JSON = "overzicht/praktijkvoorbeelden.json";

    /** One column: its name, its Dutch explanation and how to read it from a practice. */
    private record Column(String name, String uitleg, Function<Row, Object> value) {}

    /** One practice of the download, as a document (address, slug, provinces) and typed. */
    private record Row(Document doc, Practice practice) {}

    private final SiteIndex index;
    private final PracticeFacets facets;
    private final Map<String, Gemeente> gemeenten;
    private final String baseUrl;

    public OpenData(SiteIndex index, PracticeFacets facets, Vocabularies vocabularies, String baseUrl) {
        this.index = index;
        this.facets = facets;
        this.gemeenten = vocabularies.gemeentenByName();
        this.baseUrl = baseUrl;
    }

    static String yearFile(int year, String extension) {
        return "overzicht/overzicht-" + year + "." + extension;
    }

    /** Site-relative path → file text. */
    public Map<String, String> files(List<OverviewFigures> years) {
        Map<String, String> files = new LinkedHashMap<>();
        List<Document> practices = index.practices().stream()
                .sorted(Comparator.comparing(Document::url))
                .toList();
        List<Column> columns = columns();
        List<List<Object>> rows = practices.stream()
                .map(p -> new Row(p, p.asPractice()))
                .map(row -> columns.stream().map(c -> c.value().apply(row)).toList())
                .toList();
        files.put(ALL_CSV, csv(columns.stream().map(Column::name).toList(), rows));
        List<Map<String, Object>> json = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                object.put(columns.get(i).name(), row.get(i));
            }
            json.add(object);
        }
        files.put(ALL_JSON, Json.write(json) + "\n");
        for (OverviewFigures figures : years) {
            files.put(
                    yearFile(figures.year(), "csv"),
                    csv(YEAR_COLUMNS.keySet().stream().toList(), yearRows(figures)));
            files.put(yearFile(figures.year(), "json"), Json.write(yearJson(figures)) + "\n");
        }
        return files;
    }

    private static final Map<String, String> YEAR_COLUMNS = yearColumnMap();

    private static Map<String, String> yearColumnMap() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("jaar", "Het jaar van het overzicht.");
        columns.put("indeling", "totaal, pijler, sector of thema.");
        columns.put("id", "De code van de pijler, sector of het thema (leeg bij totaal).");
        columns.put("naam", "De naam zoals op de site.");
        columns.put("nieuw", "Aantal praktijkvoorbeelden dat in dat jaar is gepubliceerd.");
        columns.put("bijgewerkt", "Aantal oudere praktijkvoorbeelden dat in dat jaar is bijgewerkt.");
        return java.util.Collections.unmodifiableMap(columns);
    }

    private static List<List<Object>> yearRows(OverviewFigures figures) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(
                figures.year(),
                "totaal",
                "",
                "Alle praktijkvoorbeelden",
                figures.added().size(),
                figures.updated().size()));
        for (OverviewFigures.Group group : figures.groups()) {
            for (OverviewFigures.Count c : group.counts()) {
                rows.add(List.of(figures.year(), group.name(), c.id(), c.label(), c.added(), c.updated()));
            }
        }
        return rows;
    }

    private Map<String, Object> yearJson(OverviewFigures figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jaar", figures.year());
        json.put("nieuw", figures.added().size());
        json.put("bijgewerkt", figures.updated().size());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> names = YEAR_COLUMNS.keySet().stream().toList();
        for (List<Object> row : yearRows(figures)) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                object.put(names.get(i), row.get(i));
            }
            rows.add(object);
        }
        json.put("tellingen", rows);
        json.put(
                "nieuweVoorbeelden",
                figures.added().stream()
                        .sorted(Comparator.comparing(Document::url))
                        .map(this::address)
                        .toList());
        json.put(
                "bijgewerkteVoorbeelden",
                figures.updated().stream()
                        .sorted(Comparator.comparing(Document::url))
                        .map(this::address)
                        .toList());
        return json;
    }

    private String address(Document doc) {
        return baseUrl + doc.url();
    }

    private List<Column> columns() {
        List<Column> c = new ArrayList<>();
        c.add(new Column("adres", "Het adres van de pagina op deze site.", r -> address(r.doc())));
        c.add(new Column(
                "slug",
                "De korte naam in het adres; verandert niet.",
                r -> r.doc().slug()));
        c.add(new Column("titel", "De titel.", r -> r.doc().title()));
        c.add(new Column("samenvatting", "De samenvatting.", r -> r.practice().samenvatting()));
        c.add(new Column(
                "datum",
                "Datum van publicatie (JJJJ-MM-DD).",
                r -> r.practice().published().map(Object::toString).orElse("")));
        c.add(new Column(
                "bijgewerkt",
                "Datum van de laatste inhoudelijke wijziging, als die er is.",
                r -> r.practice().bijgewerkt().map(Object::toString).orElse("")));
        c.add(new Column(
                "status", "gepubliceerd of gearchiveerd.", r -> r.practice().status()));
        c.add(new Column("sectoren", "Codes van de sectoren.", r -> r.practice().sectoren()));
        c.add(new Column("themas", "Codes van de thema's.", r -> r.practice().themas()));
        c.add(new Column("pijlers", "Codes van de pijlers.", r -> r.practice().pijlers()));
        c.add(new Column(
                "gemeenten",
                "Namen van de gemeenten, zoals in het voorbeeld.",
                r -> r.practice().gemeenten()));
        c.add(new Column(
                "cbsCodes",
                "CBS-codes van die gemeenten, in dezelfde volgorde.",
                r -> r.practice().gemeenten().stream()
                        .map(gemeenten::get)
                        .filter(Objects::nonNull)
                        .map(Gemeente::cbs)
                        .toList()));
        c.add(new Column("provincies", "Codes van de provincies van die gemeenten.", r -> index.provinces(r.doc())));
        c.add(new Column(
                "doelgroep", "Voor wie de aanpak is.", r -> r.practice().doelgroep()));
        c.add(new Column(
                "looptijd",
                "lopend of afgerond; leeg als de looptijd onbekend is.",
                r -> String.join("", facets.of(r.doc()).get("looptijd"))));
        c.add(new Column("start", "Begin (jaar, jaar-maand of datum).", r -> looptijd(r, Practice.Looptijd::start)));
        c.add(new Column("eind", "Einde (jaar, jaar-maand of datum).", r -> looptijd(r, Practice.Looptijd::eind)));
        c.add(new Column(
                "fase", "idee, pilot, lopend, structureel of beeindigd.", r -> looptijd(r, Practice.Looptijd::fase)));
        c.add(new Column(
                "onderbouwing",
                "Erkenningsniveau; niet-beoordeeld als geen databank het beoordeelde.",
                r -> facets.of(r.doc()).get("onderbouwing").get(0)));
        c.add(new Column(
                "databank", "De databank die het niveau gaf.", r -> evidence(r, Practice.Onderbouwing::databank)));
        c.add(new Column(
                "databankLink",
                "De pagina van de aanpak in die databank.",
                r -> evidence(r, Practice.Onderbouwing::link)));
        return c;
    }

    /** Name and explanation of every column of the practices download, for the overview page. */
    List<Map<String, String>> practiceColumns() {
        return columns().stream()
                .map(c -> Map.of("naam", c.name(), "uitleg", c.uitleg()))
                .toList();
    }

    /** Name and explanation of every column of the yearly download. */
    static List<Map<String, String>> yearColumns() {
        return YEAR_COLUMNS.entrySet().stream()
                .map(e -> Map.of("naam", e.getKey(), "uitleg", e.getValue()))
                .toList();
    }

    private static String looptijd(Row row, Function<Practice.Looptijd, Optional<String>> part) {
        return row.practice().looptijd().flatMap(part).orElse("");
    }

    private static String evidence(Row row, Function<Practice.Onderbouwing, Optional<String>> part) {
        return row.practice().onderbouwing().flatMap(part).orElse("");
    }

    static String csv(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(header));
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object cell = cells.get(i);
            String text = cell instanceof List<?> l
                    ? String.join("; ", l.stream().map(String::valueOf).toList())
                    : String.valueOf(cell);
            out.append(i == 0 ? "" : ",");
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append("\r\n");
    }
}
