package nl.kennisbank.webeditor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kennisbank.config.WebEditorSettings;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.FieldSpec;
import nl.kennisbank.content.FieldType;
import nl.kennisbank.content.Schema;
import nl.kennisbank.content.SchemaLoader;
import nl.kennisbank.content.Term;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.content.VocabularyLoader;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The generated {@code config.yml}, read back as YAML, against this repository's own {@code data/schema.yml} and
 * vocabularies: every field of every type is there, with the widget that fits its type, its required flag and
 * exactly its allowed values in their order.
 */
class DecapConfigTest {

    private static Schema schema;
    private static Vocabularies vocabularies;
    private static final WebEditorSettings GITLAB = new WebEditorSettings(
            WebEditorSettings.Backend.GITLAB, "organisatie/kennisbank", "0123abc", "main", "", 8081);

    @BeforeAll
    static void readData() throws IOException {
        Path data = ExampleSite.root().resolve("data");
        Problems problems = new Problems();
        schema = new SchemaLoader()
                .load(
                        "data/schema.yml",
                        Files.readString(data.resolve("schema.yml"), StandardCharsets.UTF_8),
                        problems);
        vocabularies = new VocabularyLoader().load(data, "data", problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
    }

    @Test
    void everySchemaFieldHasItsWidgetRequiredFlagAndAllowedValues() {
        Map<?, ?> config = read(new DecapConfig(schema, vocabularies, GITLAB, documents(), false).yaml());
        int checked = 0;
        for (var type : Map.of(
                        DocumentKind.PRAKTIJKVOORBEELD,
                        "praktijkvoorbeelden",
                        DocumentKind.HANDREIKING,
                        "handreikingen",
                        DocumentKind.HOOFDSTUK,
                        "hoofdstukken")
                .entrySet()) {
            Map<?, ?> collection = collection(config, type.getValue());
            List<?> fields = collection.containsKey("files")
                    ? (List<?>) ((Map<?, ?>) ((List<?>) collection.get("files")).get(0)).get("fields")
                    : (List<?>) collection.get("fields");
            Map<String, FieldSpec> specs = schema.fieldsOf(type.getKey()).orElseThrow();
            checked += compare(specs, fields, false, type.getValue());
            assertEquals("body", name(fields.get(fields.size() - 1)), "the text comes last");
        }
        assertTrue(checked > 60, "compared " + checked + " fields");
    }

    @Test
    void practicesAreAFolderEditorsCanAddToAndGuidesAndChaptersAreListedFileByFile() {
        Map<?, ?> config = read(new DecapConfig(schema, vocabularies, GITLAB, documents(), false).yaml());
        Map<?, ?> practices = collection(config, "praktijkvoorbeelden");
        assertEquals("content/praktijkvoorbeelden", practices.get("folder"));
        assertEquals(true, practices.get("create"));
        assertEquals("yaml-frontmatter", practices.get("format"));
        List<?> guides = (List<?>) collection(config, "handreikingen").get("files");
        assertEquals(
                List.of("content/handreikingen/onderwijs/index.md"),
                guides.stream().map(f -> ((Map<?, ?>) f).get("file")).toList());
        List<?> chapters = (List<?>) collection(config, "hoofdstukken").get("files");
        assertEquals(
                List.of(
                        "content/handreikingen/onderwijs/01-signaleren.md",
                        "content/handreikingen/onderwijs/02-het-gesprek.md"),
                chapters.stream().map(f -> ((Map<?, ?>) f).get("file")).toList());
    }

    @Test
    void gitlabUsesPkceAndTheLocalBackendIsThereForTryingItOut() {
        Map<?, ?> config = read(new DecapConfig(schema, vocabularies, GITLAB, List.of(), false).yaml());
        assertEquals(
                Map.of(
                        "name",
                        "gitlab",
                        "repo",
                        "organisatie/kennisbank",
                        "branch",
                        "main",
                        "auth_type",
                        "pkce",
                        "app_id",
                        "0123abc"),
                without((Map<?, ?>) config.get("backend"), "commit_messages"));
        assertEquals(Map.of("url", "http://localhost:8081/api/v1"), config.get("local_backend"));
        assertEquals("nl", config.get("locale"));
        Map<?, ?> github = (Map<?, ?>) read(new DecapConfig(
                                schema,
                                vocabularies,
                                new WebEditorSettings(
                                        WebEditorSettings.Backend.GITHUB,
                                        "organisatie/kennisbank",
                                        "",
                                        "main",
                                        "https://oauth.example.nl",
                                        8081),
                                List.of(),
                                false)
                        .yaml())
                .get("backend");
        assertEquals(
                Map.of(
                        "name",
                        "github",
                        "repo",
                        "organisatie/kennisbank",
                        "branch",
                        "main",
                        "base_url",
                        "https://oauth.example.nl"),
                without(github, "commit_messages"));
        Map<?, ?> local = read(new DecapConfig(schema, vocabularies, WebEditorSettings.none(), List.of(), true).yaml());
        assertEquals(
                Map.of("name", "proxy", "proxy_url", "http://localhost:8081/api/v1", "branch", "main"),
                local.get("backend"));
        assertFalse(local.containsKey("local_backend"));
    }

    @Test
    void theSameInputGivesTheSameBytesInAnyLocale() {
        Locale before = Locale.getDefault();
        try {
            String first = new DecapConfig(schema, vocabularies, GITLAB, documents(), false).yaml();
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(first, new DecapConfig(schema, vocabularies, GITLAB, documents(), false).yaml());
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Compares one level of fields; returns how many were compared. */
    private int compare(Map<String, FieldSpec> specs, List<?> fields, boolean inOptional, String where) {
        assertEquals(
                List.copyOf(specs.keySet()),
                fields.stream()
                        .map(DecapConfigTest::name)
                        .filter(n -> !n.equals("body"))
                        .toList(),
                where + ": every schema field, in schema order");
        int checked = 0;
        for (Object f : fields) {
            Map<?, ?> field = (Map<?, ?>) f;
            FieldSpec spec = specs.get(name(field));
            if (spec == null) {
                continue;
            }
            String at = where + "." + spec.name();
            assertEquals(spec.required() && !inOptional, field.get("required"), at + ": required");
            assertEquals(expectedWidget(spec), field.get("widget"), at + ": widget");
            FieldSpec valued = spec.type() == FieldType.LIJST ? spec.items() : spec;
            if (List.of(FieldType.KEUZE, FieldType.VOCABULAIRE, FieldType.GEMEENTE)
                    .contains(valued.type())) {
                assertEquals(
                        allowed(valued),
                        ((List<?>) field.get("options"))
                                .stream().map(o -> ((Map<?, ?>) o).get("value")).toList(),
                        at + ": options");
                assertEquals(
                        spec.type() == FieldType.LIJST, Boolean.TRUE.equals(field.get("multiple")), at + ": multiple");
            }
            if (spec.type() == FieldType.OBJECT) {
                checked += compare(spec.fields(), (List<?>) field.get("fields"), inOptional || !spec.required(), at);
            } else if (spec.type() == FieldType.LIJST && spec.items().type() == FieldType.OBJECT) {
                checked += compare(spec.items().fields(), (List<?>) field.get("fields"), false, at);
            }
            if (spec.type() == FieldType.LIJST) {
                assertEquals(spec.min(), field.get("min"), at + ": min");
                assertEquals(spec.max(), field.get("max"), at + ": max");
            }
            checked++;
        }
        return checked;
    }

    private static String expectedWidget(FieldSpec spec) {
        return switch (spec.type()) {
            case TEKST -> spec.max() != null && spec.max() > 200 ? "text" : "string";
            case GETAL -> "number";
            case DATUM -> "datetime";
            case PERIODE, URL, EMAIL, ADRES -> "string";
            case SLUG -> "relation";
            case KEUZE, VOCABULAIRE, GEMEENTE -> "select";
            case OBJECT -> "object";
            case LIJST ->
                switch (spec.items().type()) {
                    case KEUZE, VOCABULAIRE, GEMEENTE -> "select";
                    case SLUG -> "relation";
                    default -> "list";
                };
        };
    }

    private static List<String> allowed(FieldSpec spec) {
        return switch (spec.type()) {
            case KEUZE -> spec.valueIds();
            case VOCABULAIRE ->
                vocabularies.list(spec.vocabulary()).stream().map(Term::id).toList();
            case GEMEENTE ->
                vocabularies.gemeenten().stream().map(g -> g.naam()).toList();
            default -> List.of();
        };
    }

    private static List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        documents.add(document(DocumentKind.HOOFDSTUK, "content/handreikingen/onderwijs/02-het-gesprek.md", 2));
        documents.add(document(DocumentKind.HANDREIKING, "content/handreikingen/onderwijs/index.md", 0));
        documents.add(document(DocumentKind.HOOFDSTUK, "content/handreikingen/onderwijs/01-signaleren.md", 1));
        documents.add(document(DocumentKind.PRAKTIJKVOORBEELD, "content/praktijkvoorbeelden/u-pas.md", 0));
        return documents;
    }

    private static Document document(DocumentKind kind, String path, int chapter) {
        String contentPath = path.substring("content/".length());
        return Document.typed(
                kind,
                path,
                contentPath,
                "x",
                "x/",
                Map.of("titel", "Titel " + chapter),
                "",
                1,
                List.of(),
                "onderwijs",
                chapter,
                false);
    }

    private static Map<?, ?> collection(Map<?, ?> config, String name) {
        Object found = ((List<?>) config.get("collections"))
                .stream()
                        .filter(c -> name.equals(((Map<?, ?>) c).get("name")))
                        .findFirst()
                        .orElse(null);
        assertNotNull(found, "collection " + name);
        return (Map<?, ?>) found;
    }

    private static String name(Object field) {
        return String.valueOf(((Map<?, ?>) field).get("name"));
    }

    private static Map<?, ?> without(Map<?, ?> map, String key) {
        Map<Object, Object> copy = new java.util.LinkedHashMap<>(map);
        copy.remove(key);
        return copy;
    }

    private static Map<?, ?> read(String yaml) {
        return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }
}
