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

    /**
     * @param firstLine 1-based line in the file where {@code yaml} starts
     */
    public Optional<Node> read(String path, String yaml, int firstLine, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setAllowRecursiveKeys(false)
                .build();
        try {
            Optional<Node> node = new Compose(settings).composeString(yaml);
            node.ifPresent(n -> checkDuplicateKeys(n, new YamlPositions(path, firstLine), problems));
            return node;
        } catch (MarkedYamlEngineException e) {
            Location at = e.getProblemMark().map(m -> at(path, m, firstLine)).orElse(new Location(path, firstLine, 1));
            problems.report(at, ProblemCode.YAML_SYNTAX, describe(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(limitExceeded(e).at(new Location(path, firstLine, 1), MAX_ALIASES, e.getMessage()));
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

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        return problem == null ? "onbekende fout" : problem;
    }

    private static void checkDuplicateKeys(Node node, YamlPositions positions, Problems problems) {
        if (node instanceof MappingNode mapping) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !seen.add(key.getValue())) {
                    problems.report(positions.of(key), ProblemCode.YAML_DUPLICATE_KEY, key.getValue());
                }
                checkDuplicateKeys(tuple.getValueNode(), positions, problems);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> checkDuplicateKeys(item, positions, problems));
        }
    }
}
