package nl.kennisbank.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads {@code data/schema.yml}; a mistake in the schema is a problem at its line, like any content problem. */
public final class SchemaLoader {

    private final YamlReader yaml = new YamlReader();

    public Schema load(String path, String text, Problems problems) {
        Map<String, Map<String, FieldSpec>> types = new LinkedHashMap<>();
        YamlPositions at = new YamlPositions(path, 1);
        long errorsBefore = problems.errorCount();
        Optional<Node> root = yaml.read(path, text, 1, problems);
        if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
            root.ifPresent(n -> problems.report(at.of(n), ProblemCode.SCHEMA_NOT_MAPPING));
            return Schema.broken();
        }
        for (var entry : YamlNodes.entries(mapping).entrySet()) {
            if (entry.getValue().getValueNode() instanceof MappingNode fields) {
                types.put(entry.getKey(), fields(fields, at, problems));
            } else {
                problems.report(
                        at.of(entry.getValue().getValueNode()), ProblemCode.SCHEMA_TYPE_WITHOUT_FIELDS, entry.getKey());
            }
        }
        // with a mistake in the rules, checking documents against them would blame every document for it
        return problems.errorCount() > errorsBefore ? Schema.broken() : new Schema(Map.copyOf(types));
    }

    private Map<String, FieldSpec> fields(MappingNode node, YamlPositions at, Problems problems) {
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        for (var entry : YamlNodes.entries(node).entrySet()) {
            field(entry.getKey(), entry.getValue().getValueNode(), at, problems)
                    .ifPresent(f -> fields.put(entry.getKey(), f));
        }
        return fields;
    }

    private Optional<FieldSpec> field(String name, Node node, YamlPositions at, Problems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.report(at.of(node), ProblemCode.SCHEMA_FIELD_NOT_MAPPING, name);
            return Optional.empty();
        }
        Map<String, NodeTuple> e = YamlNodes.entries(mapping);
        String typeName = text(e, "type").orElse("");
        Optional<FieldType> type = FieldType.fromDutch(typeName);
        if (type.isEmpty()) {
            problems.report(at.of(node), ProblemCode.SCHEMA_FIELD_TYPE_UNKNOWN, name, typeName);
            return Optional.empty();
        }
        FieldSpec items = null;
        if (e.containsKey("items")) {
            items = field(name, e.get("items").getValueNode(), at, problems).orElse(null);
        }
        Map<String, FieldSpec> sub = e.get("velden") != null && e.get("velden").getValueNode() instanceof MappingNode m
                ? fields(m, at, problems)
                : Map.of();
        Optional<Integer> min = number(name, e, "min", at, problems);
        Optional<Integer> max = number(name, e, "max", at, problems);
        return Optional.of(new FieldSpec(
                name,
                type.get(),
                text(e, "verplicht").map("true"::equals).orElse(false),
                min.orElse(null),
                max.orElse(null),
                values(e.get("waarden")),
                text(e, "vocabulaire").orElse(null),
                items,
                sub,
                text(e, "omschrijving").orElse("")));
    }

    private static Map<String, String> values(NodeTuple tuple) {
        Map<String, String> values = new LinkedHashMap<>();
        if (tuple == null) {
            return values;
        }
        if (tuple.getValueNode() instanceof MappingNode m) {
            YamlNodes.entries(m)
                    .forEach((k, v) ->
                            values.put(k, YamlNodes.scalar(v.getValueNode()).orElse(k)));
        } else if (tuple.getValueNode() instanceof SequenceNode s) {
            s.getValue().forEach(n -> YamlNodes.scalar(n).ifPresent(v -> values.put(v, v)));
        }
        return values;
    }

    private static Optional<String> text(Map<String, NodeTuple> entries, String key) {
        return Optional.ofNullable(entries.get(key)).flatMap(t -> YamlNodes.scalar(t.getValueNode()));
    }

    private static Optional<Integer> number(
            String field, Map<String, NodeTuple> entries, String key, YamlPositions at, Problems problems) {
        Optional<String> raw = text(entries, key);
        try {
            return raw.map(String::trim).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            problems.report(
                    at.of(entries.get(key).getValueNode()), ProblemCode.SCHEMA_FIELD_NUMBER, key, field, raw.get());
            return Optional.empty();
        }
    }
}
