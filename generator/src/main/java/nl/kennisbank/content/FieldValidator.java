package nl.kennisbank.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.problems.Suggestions;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Checks a front-matter mapping against the schema and turns it into plain Java values (String, Integer,
 * LocalDate, List, Map). Every problem is reported with the line and column of the offending value.
 */
public final class FieldValidator {

    private static final String EVIDENCE = "onderbouwing";
    private static final String NOT_ASSESSED = "niet-beoordeeld";
    /** The page's image: checked like an image in the body, at the place where its file is named. */
    private static final String IMAGE_SOURCE = "afbeelding.src";

    private final ScalarChecker scalars;

    public FieldValidator(Vocabularies vocabularies) {
        this.scalars = new ScalarChecker(vocabularies);
    }

    /** The result of validating one document's front matter. */
    public record Result(Map<String, Object> values, List<Reference> references) {}

    public Result validate(MappingNode mapping, Map<String, FieldSpec> fields, YamlPositions at, Problems problems) {
        List<Reference> references = new ArrayList<>();
        Map<String, Object> values = object(mapping, fields, at, problems, references, "");
        return new Result(values, references);
    }

    private Map<String, Object> object(
            MappingNode mapping,
            Map<String, FieldSpec> fields,
            YamlPositions at,
            Problems problems,
            List<Reference> refs,
            String prefix) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, NodeTuple> entries = YamlNodes.entries(mapping);
        for (var entry : entries.entrySet()) {
            FieldSpec spec = fields.get(entry.getKey());
            Node keyNode = entry.getValue().getKeyNode();
            if (spec == null) {
                problems.report(
                        at.of(keyNode),
                        ProblemCode.FIELD_UNKNOWN,
                        prefix + entry.getKey(),
                        Suggestions.hint(entry.getKey(), fields.keySet()),
                        String.join(", ", fields.keySet()));
                continue;
            }
            Node value = entry.getValue().getValueNode();
            if (YamlNodes.isNull(value)) {
                if (spec.required()) {
                    problems.report(
                            at.of(value),
                            ProblemCode.FIELD_EMPTY,
                            prefix + spec.name(),
                            spec.type().describe());
                }
                continue;
            }
            value(spec, value, at, problems, refs, prefix).ifPresent(v -> values.put(spec.name(), v));
        }
        for (FieldSpec spec : fields.values()) {
            if (spec.required() && !entries.containsKey(spec.name())) {
                problems.report(
                        at.of(mapping),
                        ProblemCode.FIELD_MISSING,
                        prefix + spec.name(),
                        spec.name(),
                        spec.type().describe());
            }
        }
        return values;
    }

    /**
     * An evidence level is never guessed: a level other than "niet-beoordeeld" needs the databank that recognised it and
     * a link to its entry there.
     */
    private static void evidenceHasASource(
            MappingNode map, Map<String, Object> object, YamlPositions at, Problems problems) {
        Object level = object.get("niveau");
        if (level == null
                || NOT_ASSESSED.equals(level)
                || (object.get("databank") != null && object.get("link") != null)) {
            return;
        }
        Node node = YamlNodes.entries(map).get("niveau").getValueNode();
        problems.report(at.of(node), ProblemCode.EVIDENCE_WITHOUT_SOURCE, level);
    }

    private Optional<Object> value(
            FieldSpec spec, Node node, YamlPositions at, Problems problems, List<Reference> refs, String prefix) {
        String name = prefix + spec.name();
        switch (spec.type()) {
            case LIJST -> {
                if (!(node instanceof SequenceNode seq)) {
                    problems.report(
                            at.of(node),
                            ProblemCode.FIELD_TYPE,
                            name,
                            FieldType.LIJST.describe(),
                            YamlNodes.kindOf(node));
                    return Optional.empty();
                }
                List<Object> items = new ArrayList<>();
                for (Node item : seq.getValue()) {
                    value(spec.items(), item, at, problems, refs, prefix).ifPresent(items::add);
                }
                scalars.checkCount(spec, name, seq.getValue().size(), at.of(node), problems);
                return Optional.of(List.copyOf(items));
            }
            case OBJECT -> {
                if (!(node instanceof MappingNode map)) {
                    problems.report(
                            at.of(node),
                            ProblemCode.FIELD_TYPE_OBJECT,
                            name,
                            FieldType.OBJECT.describe(),
                            String.join(", ", spec.fields().keySet()));
                    return Optional.empty();
                }
                Map<String, Object> object = object(map, spec.fields(), at, problems, refs, name + ".");
                if (name.equals(EVIDENCE)) {
                    evidenceHasASource(map, object, at, problems);
                }
                return Optional.of(object);
            }
            default -> {
                if (!(node instanceof ScalarNode scalar)) {
                    problems.report(
                            at.of(node),
                            ProblemCode.FIELD_TYPE,
                            name,
                            spec.type().describe(),
                            YamlNodes.kindOf(node));
                    return Optional.empty();
                }
                Optional<Object> v = scalars.check(spec, name, scalar, at.of(node), problems);
                if (name.equals(IMAGE_SOURCE)) {
                    v.ifPresent(s -> refs.add(new Reference(Reference.Kind.IMAGE, (String) s, at.of(node))));
                } else if (spec.type() == FieldType.SLUG) {
                    v.ifPresent(s -> refs.add(new Reference(Reference.Kind.PRACTICE, (String) s, at.of(node))));
                } else if (spec.type() == FieldType.ADRES) {
                    v.ifPresent(s -> refs.add(new Reference(Reference.Kind.ALIAS, (String) s, at.of(node))));
                }
                return v;
            }
        }
    }
}
