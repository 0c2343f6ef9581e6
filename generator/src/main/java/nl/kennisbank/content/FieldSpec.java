package nl.kennisbank.content;

import java.util.List;
import java.util.Map;

/**
 * The rules for one front-matter field, read from {@code data/schema.yml}.
 *
 * @param values     allowed values (id to Dutch label) for {@link FieldType#KEUZE}, in schema order
 * @param vocabulary vocabulary name for {@link FieldType#VOCABULAIRE}
 * @param items      item rules for {@link FieldType#LIJST}
 * @param fields     sub-fields for {@link FieldType#OBJECT}, in schema order
 */
public record FieldSpec(
        String name,
        FieldType type,
        boolean required,
        Integer min,
        Integer max,
        Map<String, String> values,
        String vocabulary,
        FieldSpec items,
        Map<String, FieldSpec> fields,
        String description) {

    public FieldSpec {
        values = values == null ? Map.of() : values;
        fields = fields == null ? Map.of() : fields;
    }

    public List<String> valueIds() {
        return List.copyOf(values.keySet());
    }
}
