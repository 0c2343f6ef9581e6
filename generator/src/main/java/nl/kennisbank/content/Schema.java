package nl.kennisbank.content;

import java.util.Map;
import java.util.Optional;

/**
 * The front-matter rules per document type.
 *
 * @param state whether the rules could be read: without them, no field can be checked (and none is reported)
 */
public record Schema(Map<String, Map<String, FieldSpec>> types, State state) {

    /** Whether {@code data/schema.yml} was there and could be read. */
    public enum State {
        LOADED,
        /** the file is not there: reported once, by the first document that needs it */
        MISSING,
        /** the file has errors of its own (reported at their lines): documents are not checked against it */
        BROKEN
    }

    public Schema(Map<String, Map<String, FieldSpec>> types) {
        this(types, State.LOADED);
    }

    public static Schema missing() {
        return new Schema(Map.of(), State.MISSING);
    }

    public static Schema broken() {
        return new Schema(Map.of(), State.BROKEN);
    }

    /**
     * The field that lists a page's sources. Where a type's schema has it, {@code check} warns when a page leaves it
     * out, and {@code new} writes it for the editor to fill in, like a required field.
     */
    public static final String SOURCES = "bronnen";

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
