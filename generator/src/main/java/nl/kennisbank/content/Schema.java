package nl.kennisbank.content;

import java.util.Map;
import java.util.Optional;

/** The front-matter rules per document type. */
public record Schema(Map<String, Map<String, FieldSpec>> types) {

    public Optional<Map<String, FieldSpec>> fieldsOf(DocumentKind kind) {
        return Optional.ofNullable(types.get(kind.schemaName()));
    }

    /** The Dutch label of an enum value, e.g. fase 'beeindigd' → 'Beëindigd'; the id itself when unknown. */
    public String label(DocumentKind kind, String path, String id) {
        FieldSpec spec = null;
        Map<String, FieldSpec> level = types.getOrDefault(kind.schemaName(), Map.of());
        for (String part : path.split("\\.")) {
            spec = level.get(part);
            if (spec == null) {
                return id;
            }
            FieldSpec inner = spec.items() != null ? spec.items() : spec;
            level = inner.fields();
            spec = inner;
        }
        return spec == null ? id : spec.values().getOrDefault(id, id);
    }
}
