package nl.kennisbank.webeditor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.FieldSpec;
import nl.kennisbank.content.FieldType;
import nl.kennisbank.content.Gemeente;
import nl.kennisbank.content.Term;
import nl.kennisbank.content.Vocabularies;

/**
 * One schema field as a Decap field: the widget that can only produce what {@code check} accepts (a select over the
 * allowed values, a pattern for dates and addresses, a length limit), the required flag (Decap's default is
 * required, so optional fields say {@code required: false}) and the schema's explanation as the hint.
 */
final class DecapFields {

    /** Texts allowed longer than this get a multi-line box. */
    private static final int ONE_LINE = 200;

    static final String PERIOD = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";
    static final String URL = "^https?://[^\\s]+$";
    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$";
    static final String ADDRESS = "^[a-z0-9][a-z0-9/-]*/$";

    private final Vocabularies vocabularies;
    private final String practices;

    /** @param practices the name of the practices' collection, for fields that refer to a practice by slug */
    DecapFields(Vocabularies vocabularies, String practices) {
        this.vocabularies = vocabularies;
        this.practices = practices;
    }

    List<Map<String, Object>> all(Map<String, FieldSpec> fields) {
        return all(fields, false);
    }

    /**
     * @param inOptional true inside an optional block (such as leeftijd): Decap would demand its required fields even
     *                   when the editor leaves the whole block out, so there they are optional; {@code check} still
     *                   demands them once the block is there
     */
    private List<Map<String, Object>> all(Map<String, FieldSpec> fields, boolean inOptional) {
        List<Map<String, Object>> out = new ArrayList<>();
        fields.forEach((name, spec) -> out.add(field(name, spec, inOptional)));
        return out;
    }

    Map<String, Object> field(String name, FieldSpec spec, boolean inOptional) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("label", label(name));
        field.put("required", spec.required() && !inOptional);
        if (spec.description() != null && !spec.description().isBlank()) {
            field.put("hint", spec.description());
        }
        widget(spec, field, inOptional || !spec.required());
        return field;
    }

    private void widget(FieldSpec spec, Map<String, Object> field, boolean optional) {
        switch (spec.type()) {
            case TEKST -> text(spec, field);
            case GETAL -> {
                field.put("widget", "number");
                field.put("value_type", "int");
                bounds(spec, field);
            }
            case DATUM -> {
                field.put("widget", "datetime");
                field.put("format", "YYYY-MM-DD");
                field.put("date_format", "D-M-YYYY");
                field.put("time_format", false);
                field.put("picker_utc", true);
            }
            case PERIODE -> pattern(field, PERIOD, "Schrijf een jaar, maand of datum: 2024, 2024-03 of 2024-03-15.");
            case URL -> pattern(field, URL, "Schrijf een volledig webadres dat begint met https://.");
            case EMAIL ->
                pattern(field, EMAIL, "Schrijf een e-mailadres, zoals info@organisatie.nl (nooit van een persoon).");
            case ADRES ->
                pattern(
                        field,
                        ADDRESS,
                        "Schrijf een adres op deze site zonder / vooraan, zoals praktijkvoorbeelden/oude-naam/.");
            case SLUG -> relation(field);
            case KEUZE, VOCABULAIRE, GEMEENTE -> select(spec, field);
            case LIJST -> list(spec, field);
            case OBJECT -> {
                field.put("widget", "object");
                field.put("collapsed", optional);
                field.put("fields", all(spec.fields(), optional));
            }
        }
    }

    private static void text(FieldSpec spec, Map<String, Object> field) {
        field.put("widget", spec.max() != null && spec.max() > ONE_LINE ? "text" : "string");
        if (spec.max() != null || spec.min() != null) {
            int min = spec.min() == null ? 0 : spec.min();
            String max = spec.max() == null ? "" : String.valueOf(spec.max());
            String says = spec.max() == null ? "Schrijf minstens " + min + " tekens." : "Hoogstens " + max + " tekens.";
            field.put("pattern", List.of("^[\\s\\S]{" + min + "," + max + "}$", says));
        }
    }

    private static void pattern(Map<String, Object> field, String regex, String message) {
        field.put("widget", "string");
        field.put("pattern", List.of(regex, message));
    }

    private void relation(Map<String, Object> field) {
        field.put("widget", "relation");
        field.put("collection", practices);
        field.put("value_field", "{{slug}}");
        field.put("search_fields", List.of("titel"));
        field.put("display_fields", List.of("titel"));
    }

    private void select(FieldSpec spec, Map<String, Object> field) {
        field.put("widget", "select");
        field.put("options", options(spec));
    }

    private void list(FieldSpec spec, Map<String, Object> field) {
        FieldSpec item = spec.items();
        FieldType type = item == null ? FieldType.TEKST : item.type();
        switch (type) {
            case KEUZE, VOCABULAIRE, GEMEENTE -> {
                select(item, field);
                field.put("multiple", true);
            }
            case SLUG -> {
                relation(field);
                field.put("multiple", true);
            }
            case OBJECT -> {
                field.put("widget", "list");
                field.put("fields", all(item.fields()));
            }
            default -> {
                field.put("widget", "list");
                Map<String, Object> one = field(
                        "item",
                        item == null
                                ? new FieldSpec("item", FieldType.TEKST, true, null, null, null, null, null, null, null)
                                : item,
                        false);
                one.put("label", field.get("label"));
                one.put("required", true);
                field.put("field", one);
            }
        }
        bounds(spec, field);
    }

    private static void bounds(FieldSpec spec, Map<String, Object> field) {
        if (spec.min() != null) {
            field.put("min", spec.min());
        }
        if (spec.max() != null) {
            field.put("max", spec.max());
        }
    }

    /** The allowed values with their Dutch labels, in the order the schema or the vocabulary gives them. */
    List<Map<String, Object>> options(FieldSpec spec) {
        List<Map<String, Object>> options = new ArrayList<>();
        switch (spec.type()) {
            case KEUZE -> spec.values().forEach((id, label) -> options.add(option(label, id)));
            case VOCABULAIRE -> {
                for (Term term : vocabularies.list(spec.vocabulary())) {
                    options.add(option(term.label(), term.id()));
                }
            }
            case GEMEENTE -> {
                for (Gemeente gemeente : vocabularies.gemeenten()) {
                    options.add(option(gemeente.naam(), gemeente.naam()));
                }
            }
            default -> throw new IllegalArgumentException("no options for " + spec.type());
        }
        return options;
    }

    private static Map<String, Object> option(String label, String value) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("label", label);
        option.put("value", value);
        return option;
    }

    /** The field's name as a label: its first letter upper case ("themas" → "Themas"). */
    static String label(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
