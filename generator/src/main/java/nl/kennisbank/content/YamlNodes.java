package nl.kennisbank.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Small pure helpers for reading snakeyaml-engine node trees. */
public final class YamlNodes {

    private YamlNodes() {}

    /** The entries of a mapping keyed by their scalar key text, in file order (keys that are not scalars are skipped). */
    public static Map<String, NodeTuple> entries(MappingNode mapping) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.putIfAbsent(key.getValue(), tuple);
            }
        }
        return entries;
    }

    public static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    /** True for a plain (unquoted) empty value or {@code null}/{@code ~}: YAML's way of writing "nothing". */
    public static boolean isNull(Node node) {
        if (!(node instanceof ScalarNode scalar) || scalar.getScalarStyle() != ScalarStyle.PLAIN) {
            return false;
        }
        String v = scalar.getValue();
        return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
    }

    public static String kindOf(Node node) {
        if (node instanceof MappingNode) {
            return "een blok met velden";
        }
        if (node instanceof ScalarNode) {
            return "een enkele waarde";
        }
        return "een lijst";
    }
}
