package nl.kennisbank.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The editors' guide (content/redactiehandleiding.md) names every field of the schema and every allowed value of
 * every choice and vocabulary, so a new field or value cannot be added without telling editors how to use it.
 */
class EditorsGuideTest {

    @Test
    void theEditorsGuideNamesEveryFieldAndEveryAllowedValue() throws IOException {
        Path root = ExampleSite.root();
        String guide = Files.readString(root.resolve("content/redactiehandleiding.md"), StandardCharsets.UTF_8);
        Set<String> names = new TreeSet<>();
        Object schema = new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(root.resolve("data/schema.yml")));
        ((Map<?, ?>) schema).values().forEach(fields -> collect((Map<?, ?>) fields, names));
        for (String vocabulary : new String[] {"sectoren", "themas", "pijlers"}) {
            Object list = new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(root.resolve("data/" + vocabulary + ".yml")));
            for (Object term : (Iterable<?>) list) {
                names.add(String.valueOf(((Map<?, ?>) term).get("id")));
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String name : names) {
            if (!guide.contains("`" + name + "`")) {
                missing.add(name);
            }
        }
        assertTrue(missing.isEmpty(), "the editors' guide does not mention (as `code`): " + missing);
    }

    @Test
    void theEditorsGuideExplainsExactlyTheProblemCodesTheBuildCanReport() throws IOException {
        String guide =
                Files.readString(ExampleSite.root().resolve("content/redactiehandleiding.md"), StandardCharsets.UTF_8);
        Set<String> inGuide = new TreeSet<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| `([A-Z]+(?:_[A-Z]+)*)` \\|")
                .matcher(guide);
        while (row.find()) {
            inGuide.add(row.group(1));
        }
        Set<String> codes = new TreeSet<>();
        for (nl.kennisbank.problems.ProblemCode code : nl.kennisbank.problems.ProblemCode.values()) {
            codes.add(code.code());
        }
        Set<String> missing = new TreeSet<>(codes);
        missing.removeAll(inGuide);
        Set<String> unknown = new TreeSet<>(inGuide);
        unknown.removeAll(codes);
        assertTrue(missing.isEmpty(), "codes the editors' guide does not explain in its table of problems: " + missing);
        assertTrue(unknown.isEmpty(), "codes in the editors' guide that the build never reports: " + unknown);
    }

    @Test
    void theEditorsGuideIsTypedAsAPageForEditorsAndStaysOutOfThePublicSearch() {
        assertTrue(
                ExampleSite.searchDocuments().stream().noneMatch(d -> d.id().startsWith("redactiehandleiding")),
                "the editors' guide is in the search index");
        assertTrue(
                ExampleSite.searchDocuments().stream().anyMatch(d -> d.id().equals("over/")),
                "other pages are still searchable");
    }

    /** Field names, nested field names and the ids of allowed values, from one level of the schema. */
    private static void collect(Map<?, ?> fields, Set<String> names) {
        for (var entry : fields.entrySet()) {
            names.add(String.valueOf(entry.getKey()));
            if (entry.getValue() instanceof Map<?, ?> spec) {
                describe(spec, names);
            }
        }
    }

    private static void describe(Map<?, ?> spec, Set<String> names) {
        if (spec.get("waarden") instanceof Map<?, ?> values) {
            values.keySet().forEach(v -> names.add(String.valueOf(v)));
        }
        if (spec.get("velden") instanceof Map<?, ?> nested) {
            collect(nested, names);
        }
        if (spec.get("items") instanceof Map<?, ?> items) {
            describe(items, names);
        }
    }
}
