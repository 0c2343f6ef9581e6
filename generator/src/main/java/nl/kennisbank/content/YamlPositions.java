package nl.kennisbank.content;

import nl.kennisbank.problems.Location;
import org.snakeyaml.engine.v2.nodes.Node;

/** Maps YAML nodes to locations in the file they came from. */
public record YamlPositions(String path, int firstLine) {

    public Location of(Node node) {
        return node.getStartMark()
                .map(m -> new Location(path, m.getLine() + firstLine, m.getColumn() + 1))
                .orElse(new Location(path, firstLine, 1));
    }
}
