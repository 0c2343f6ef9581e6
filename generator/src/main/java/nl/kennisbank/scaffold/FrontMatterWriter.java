package nl.kennisbank.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.FieldSpec;
import nl.kennisbank.content.FieldType;
import nl.kennisbank.content.Schema;

/**
 * Writes the front matter of a new file from the schema, field by field in schema order: given values as they are,
 * required fields filled with a valid value and marked {@code INVULLEN} where the editor must choose or write, and
 * optional fields as commented examples under their Dutch explanation.
 */
final class FrontMatterWriter {

    private static final String INDENT = "  ";
    private final ExampleValues examples;

    FrontMatterWriter(ExampleValues examples) {
        this.examples = examples;
    }

    /** @param given YAML value text per field name, written as it is */
    List<String> write(Map<String, FieldSpec> fields, Map<String, String> given) {
        List<String> lines = new ArrayList<>();
        for (FieldSpec spec : fields.values()) {
            if (spec.name().equals("type")) {
                continue; // the folder decides the type
            }
            if (given.containsKey(spec.name())) {
                lines.add(withHint(spec.name() + ": " + given.get(spec.name()), examples.choiceHint(spec)));
            } else if (spec.required()) {
                lines.addAll(required(spec));
            } else if (spec.name().equals(Schema.SOURCES)
                    && spec.items() != null
                    && spec.items().type() == FieldType.OBJECT) {
                lines.addAll(itemToFill(spec));
            } else {
                lines.addAll(optional(spec));
            }
        }
        return lines;
    }

    private List<String> required(FieldSpec spec) {
        String what = spec.description().isEmpty() ? "schrijf hier de " + spec.name() + "." : spec.description();
        return switch (spec.type()) {
            case TEKST -> List.of(spec.name() + ": " + YamlText.quoted(Placeholder.text(what)));
            case DATUM, KEUZE -> example(spec, "");
            default -> {
                List<String> lines = new ArrayList<>(example(spec, ""));
                String hint = examples.choiceHint(spec);
                lines.set(
                        0,
                        lines.get(0).replaceFirst("  # .*$", "") + "  # "
                                + Placeholder.text(hint.isEmpty() ? what : hint + "."));
                yield lines;
            }
        };
    }

    /**
     * A list with one item to fill in: its required fields marked {@code INVULLEN} (under the list's explanation),
     * its optional fields as commented examples, so no made-up date or link is left in by accident.
     */
    private List<String> itemToFill(FieldSpec spec) {
        List<String> lines = new ArrayList<>();
        if (!spec.description().isEmpty()) {
            lines.add("# " + spec.description());
        }
        lines.add(spec.name() + ":");
        String first = INDENT + "- ";
        String next = INDENT + INDENT;
        List<FieldSpec> fields = spec.items().fields().values().stream()
                .sorted((a, b) -> Boolean.compare(b.required(), a.required()))
                .toList();
        for (FieldSpec field : fields) {
            String prefix = lines.size() == (spec.description().isEmpty() ? 1 : 2) ? first : next;
            if (field.required()) {
                String what =
                        field.description().isEmpty() ? "schrijf hier de " + field.name() + "." : field.description();
                lines.add(prefix + field.name() + ": " + YamlText.quoted(Placeholder.text(what)));
            } else {
                example(field, "")
                        .forEach(line -> lines.add(next + "# " + line
                                + (field.description().isEmpty() ? "" : "  # " + field.description())));
            }
        }
        return lines;
    }

    private List<String> optional(FieldSpec spec) {
        List<String> lines = new ArrayList<>();
        if (!spec.description().isEmpty()) {
            lines.add("# " + spec.description());
        }
        example(spec, "").forEach(line -> lines.add("# " + line));
        return lines;
    }

    /** The field with an example value, as YAML lines at the given indent. */
    private List<String> example(FieldSpec spec, String indent) {
        List<String> lines = new ArrayList<>();
        String key = indent + spec.name() + ":";
        if (spec.type() == FieldType.LIJST
                && spec.items() != null
                && spec.items().type() == FieldType.OBJECT) {
            lines.add(key);
            List<String> item = fieldsOf(spec.items(), indent + INDENT + INDENT);
            for (int i = 0; i < item.size(); i++) {
                lines.add(
                        i == 0
                                ? indent + INDENT + "- " + item.get(0).substring(indent.length() + 2 * INDENT.length())
                                : item.get(i));
            }
        } else if (spec.type() == FieldType.LIJST && spec.items() != null) {
            lines.add(withHint(key + " [" + examples.scalar(spec.items()) + "]", examples.choiceHint(spec)));
        } else if (spec.type() == FieldType.OBJECT) {
            lines.add(key);
            lines.addAll(fieldsOf(spec, indent + INDENT));
        } else {
            lines.add(withHint(key + " " + examples.scalar(spec), examples.choiceHint(spec)));
        }
        return lines;
    }

    private List<String> fieldsOf(FieldSpec object, String indent) {
        List<String> lines = new ArrayList<>();
        object.fields().values().forEach(field -> lines.addAll(example(field, indent)));
        return lines;
    }

    private static String withHint(String line, String hint) {
        return hint.isEmpty() ? line : line + "  # " + hint;
    }
}
