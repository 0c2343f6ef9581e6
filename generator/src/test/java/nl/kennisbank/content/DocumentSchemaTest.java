package nl.kennisbank.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.kennisbank.problems.Problems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Practice}, {@link Guide}, {@link Chapter} and {@link Page} are their kinds in {@code data/schema.yml}, typed: the same field names at every level,
 * a Java type for each schema type, {@code Optional} exactly for the fields the schema does not require (lists may
 * be empty instead). Renaming or retyping a field in one place and not the other fails here.
 */
class DocumentSchemaTest {

    private static final Set<FieldType> TEXT = Set.of(
            FieldType.TEKST,
            FieldType.KEUZE,
            FieldType.VOCABULAIRE,
            FieldType.GEMEENTE,
            FieldType.URL,
            FieldType.EMAIL,
            FieldType.SLUG,
            FieldType.PERIODE,
            FieldType.ADRES);

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(DocumentKind.PRAKTIJKVOORBEELD, Practice.class),
                Arguments.of(DocumentKind.HANDREIKING, Guide.class),
                Arguments.of(DocumentKind.HOOFDSTUK, Chapter.class),
                Arguments.of(DocumentKind.PAGINA, Page.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theTypedDocumentHasEveryFieldOfItsKindWithItsTypeAndOptionality(DocumentKind kind, Class<?> typed)
            throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Problems problems = new Problems();
        Schema schema = new SchemaLoader()
                .load(
                        "data/schema.yml",
                        Files.readString(root.resolve("data/schema.yml"), StandardCharsets.UTF_8),
                        problems);
        assertTrue(problems.sorted().isEmpty(), problems.sorted()::toString);
        Map<String, FieldSpec> fields =
                new java.util.LinkedHashMap<>(schema.fieldsOf(kind).orElseThrow());
        fields.remove("type"); // the folder decides the type; the field only may repeat it
        List<String> differences = new ArrayList<>();
        compare("", typed, fields, differences);
        assertEquals(List.of(), differences);
    }

    private static void compare(String path, Class<?> record, Map<String, FieldSpec> fields, List<String> differences) {
        Set<String> components = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = path + component.getName();
            components.add(component.getName());
            FieldSpec spec = fields.get(component.getName());
            if (spec == null) {
                differences.add(name + ": not in the schema");
                continue;
            }
            Type type = component.getGenericType();
            boolean optional = raw(type) == Optional.class;
            if (spec.type() != FieldType.LIJST && optional == spec.required()) {
                differences.add(name + ": "
                        + (spec.required()
                                ? "required in the schema but Optional"
                                : "optional in the schema but not Optional"));
            }
            matches(name, optional ? argument(type) : type, spec, differences);
        }
        Set<String> missing = new TreeSet<>(fields.keySet());
        missing.removeAll(components);
        missing.forEach(f -> differences.add(path + f + ": in the schema but not in " + record.getSimpleName()));
    }

    private static void matches(String name, Type type, FieldSpec spec, List<String> differences) {
        Class<?> raw = raw(type);
        boolean ok = switch (spec.type()) {
            case DATUM -> raw == LocalDate.class;
            case GETAL -> raw == int.class || raw == Integer.class;
            case LIJST -> raw == List.class;
            case OBJECT -> raw.isRecord();
            default -> TEXT.contains(spec.type()) && raw == String.class;
        };
        if (!ok) {
            differences.add(name + ": " + spec.type().dutchName() + " in the schema but " + type.getTypeName());
        } else if (spec.type() == FieldType.LIJST) {
            Type item = argument(type);
            if (spec.items().type() == FieldType.OBJECT) {
                compare(name + "[].", raw(item), spec.items().fields(), differences);
            } else {
                matches(name + "[]", item, spec.items(), differences);
            }
        } else if (spec.type() == FieldType.OBJECT) {
            compare(name + ".", raw, spec.fields(), differences);
        }
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type) {
        return ((ParameterizedType) type).getActualTypeArguments()[0];
    }
}
