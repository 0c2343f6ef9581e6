package nl.kennisbank.content;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.kennisbank.problems.Location;
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
            problems.error(at, "YAML_SYNTAX", "De YAML in het kopblok klopt niet: " + describe(e)
                    + ". Controleer inspringing, dubbele punten en aanhalingstekens; zet tekst met ':' of '#' tussen aanhalingstekens.");
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(new Location(path, firstLine, 1), "YAML_SYNTAX", limitExceeded(e));
            return Optional.empty();
        }
    }

    /** The parser's safety limits (against "YAML bombs"), said in Dutch with what to do. */
    private static String limitExceeded(YamlEngineException e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("aliases")) {
            return "Het kopblok verwijst te vaak naar eerder gegeven waarden (YAML-verwijzingen zoals *naam; de grens is "
                    + MAX_ALIASES + "). Schrijf de waarden gewoon uit.";
        }
        if (detail.contains("exceeds the limit")) {
            return "Het kopblok is te groot. Zet lange tekst onder het kopblok, in de tekst van de pagina.";
        }
        return "De YAML in het kopblok klopt niet (" + detail + "). Controleer inspringing, dubbele punten en aanhalingstekens.";
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
                    problems.error(positions.of(key), "YAML_DUPLICATE_KEY",
                            "Het veld '" + key.getValue() + "' staat twee keer in het kopblok. Houd er één over.");
                }
                checkDuplicateKeys(tuple.getValueNode(), positions, problems);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> checkDuplicateKeys(item, positions, problems));
        }
    }
}
