package nl.kennisbank.scaffold;

import java.util.List;
import java.util.stream.Collectors;

/** Writes YAML scalars and flow lists so that any title or name reads back exactly as given. */
final class YamlText {

    private YamlText() {}

    /** A double-quoted YAML string (safe for ':', '#', quotes and names such as 's-Hertogenbosch). */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A flow list of ids, such as {@code [onderwijs, jgz]}; ids are plain YAML. */
    static String ids(List<String> ids) {
        return "[" + String.join(", ", ids) + "]";
    }

    /** A flow list of quoted names, such as {@code ["'s-Gravenhage", "Utrecht"]}. */
    static String names(List<String> names) {
        return names.stream().map(YamlText::quoted).collect(Collectors.joining(", ", "[", "]"));
    }
}
