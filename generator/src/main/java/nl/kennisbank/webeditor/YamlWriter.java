package nl.kennisbank.webeditor;

import java.util.List;
import java.util.Map;
import nl.kennisbank.json.Json;

/**
 * Writes a tree of maps, lists, strings, integers and booleans as block YAML. Every string is double-quoted (JSON's
 * escapes are YAML's), so no value can change meaning by looking like a number, a date or a YAML keyword; maps keep
 * their own order, so the same tree always gives the same bytes.
 */
final class YamlWriter {

    private YamlWriter() {}

    static String write(Map<String, ?> root) {
        StringBuilder out = new StringBuilder();
        map(root, 0, out);
        return out.toString();
    }

    private static void map(Map<String, ?> map, int indent, StringBuilder out) {
        for (var entry : map.entrySet()) {
            out.append(" ".repeat(indent)).append(entry.getKey()).append(':');
            value(entry.getValue(), indent + 2, out);
        }
    }

    private static void value(Object value, int indent, StringBuilder out) {
        switch (value) {
            case Map<?, ?> m when m.isEmpty() -> out.append(" {}\n");
            case List<?> l when l.isEmpty() -> out.append(" []\n");
            case Map<?, ?> m -> {
                out.append('\n');
                map(cast(m), indent, out);
            }
            case List<?> l -> {
                out.append('\n');
                for (Object item : l) {
                    out.append(" ".repeat(indent - 2)).append("- ");
                    if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                        itemMap(cast(m), indent, out);
                    } else {
                        scalar(item, out);
                        out.append('\n');
                    }
                }
            }
            default -> {
                out.append(' ');
                scalar(value, out);
                out.append('\n');
            }
        }
    }

    /** A map inside a list: its first key on the dash's line, the others under it. */
    private static void itemMap(Map<String, ?> map, int indent, StringBuilder out) {
        boolean first = true;
        for (var entry : map.entrySet()) {
            if (!first) {
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append(entry.getKey()).append(':');
            value(entry.getValue(), indent + 2, out);
        }
    }

    private static void scalar(Object value, StringBuilder out) {
        switch (value) {
            case String s -> out.append(Json.write(s));
            case Integer i -> out.append(i.intValue());
            case Boolean b -> out.append(b.booleanValue());
            default -> throw new IllegalArgumentException("not a YAML scalar: " + value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }
}
