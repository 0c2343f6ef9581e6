package nl.kennisbank.content;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Parses YAML into a node tree that keeps line and column of every value (snakeyaml-engine, YAML 1.2), and turns
 * syntax errors into problems at the right line of the file.
 */
public final class YamlReader {

    private static final int MAX_ALIASES = 20;
    private static final int MAX_CODE_POINTS = 2_000_000;
    /** Nesting deeper than this is refused: no front matter or vocabulary needs more than a handful of levels. */
    static final int MAX_DEPTH = 64;

    private static final int MAX_BLOCK_COLUMNS = 256;

    /**
     * @param firstLine 1-based line in the file where {@code yaml} starts
     */
    public Optional<Node> read(String path, String yaml, int firstLine, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(true) // parsed, then refused at their own line by the walk below
                .build();
        String where = path.endsWith(".yml") || path.endsWith(".yaml") ? path : "het kopblok";
        Optional<int[]> control = YamlMessages.firstControlCharacter(yaml);
        if (control.isPresent()) {
            problems.report(
                    new Location(path, control.get()[0] + firstLine, control.get()[1]),
                    ProblemCode.YAML_CONTROL_CHARACTER,
                    where,
                    control.get()[2]);
            return Optional.empty();
        }
        Optional<YamlDepth.TooDeep> deep = YamlDepth.find(yaml, MAX_DEPTH, MAX_BLOCK_COLUMNS);
        if (deep.isPresent()) {
            problems.report(
                    new Location(path, deep.get().line() + firstLine, deep.get().column()),
                    ProblemCode.YAML_TOO_DEEP,
                    where,
                    MAX_DEPTH);
            return Optional.empty();
        }
        try {
            Optional<Node> node = new Compose(settings).composeString(yaml);
            YamlPositions positions = new YamlPositions(path, firstLine);
            if (node.isPresent() && !new Walk(where, positions, problems).check(node.get(), 0)) {
                return Optional.empty();
            }
            return node;
        } catch (StackOverflowError e) {
            problems.report(new Location(path, firstLine, 1), ProblemCode.YAML_TOO_DEEP, where, MAX_DEPTH);
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            Location at = e.getProblemMark().map(m -> at(path, m, firstLine)).orElse(new Location(path, firstLine, 1));
            problems.report(at, ProblemCode.YAML_SYNTAX, where, YamlMessages.dutch(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(limitExceeded(e).at(new Location(path, firstLine, 1), where, MAX_ALIASES));
            return Optional.empty();
        }
    }

    /** The parser's safety limits (against "YAML bombs"), said in Dutch with what to do. */
    private static ProblemCode limitExceeded(YamlEngineException e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("aliases")) {
            return ProblemCode.YAML_TOO_MANY_ALIASES;
        }
        if (detail.contains("exceeds the limit")) {
            return ProblemCode.YAML_TOO_LARGE;
        }
        return ProblemCode.YAML_LIMIT;
    }

    private static Location at(String path, Mark mark, int firstLine) {
        return new Location(path, mark.getLine() + firstLine, mark.getColumn() + 1);
    }

    /**
     * Walks the tree once: duplicate keys are reported, and a tree that refers to itself ({@code x: &a [*a]}), nests
     * too deep or has a list or block as a key is refused, so no later stage walks into an endless or odd path.
     */
    private record Walk(String where, YamlPositions positions, Problems problems, Set<Node> ancestors) {

        Walk(String where, YamlPositions positions, Problems problems) {
            this(where, positions, problems, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        }

        /** @return false when the tree must not be used */
        boolean check(Node node, int depth) {
            if (depth > MAX_DEPTH) {
                problems.report(positions.of(node), ProblemCode.YAML_TOO_DEEP, where, MAX_DEPTH);
                return false;
            }
            if (!ancestors.add(node)) {
                problems.report(positions.of(node), ProblemCode.YAML_ALIAS_RECURSIVE);
                return false;
            }
            try {
                return node instanceof MappingNode mapping
                        ? mapping(mapping, depth)
                        : !(node instanceof SequenceNode sequence)
                                || sequence.getValue().stream().allMatch(item -> check(item, depth + 1));
            } finally {
                ancestors.remove(node);
            }
        }

        private boolean mapping(MappingNode mapping, int depth) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    problems.report(positions.of(tuple.getKeyNode()), ProblemCode.YAML_KEY_NOT_TEXT, where);
                    return false;
                }
                if (!seen.add(key.getValue())) {
                    problems.report(positions.of(key), ProblemCode.YAML_DUPLICATE_KEY, key.getValue(), where);
                }
                if (!check(tuple.getValueNode(), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
    }
}
