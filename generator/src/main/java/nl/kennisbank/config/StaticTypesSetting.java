package nl.kennisbank.config;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/**
 * Reads {@code kennisbank.static-files.allow}: the extensions, comma-separated, that the site owner explicitly
 * allows in {@code content/} beyond the safe types (for example {@code html, css}).
 */
final class StaticTypesSetting {

    private StaticTypesSetting() {}

    static Set<String> read(String value, Location at, Problems problems) {
        Set<String> types = new TreeSet<>();
        if (value == null || value.isBlank()) {
            return types;
        }
        for (String part : value.split(",")) {
            String type = part.strip().toLowerCase(Locale.ROOT);
            type = type.startsWith(".") ? type.substring(1) : type;
            if (!type.matches("[a-z0-9]{1,10}") || type.equals("md")) {
                problems.report(at, ProblemCode.CONFIG_STATIC_TYPE, part.strip());
            } else {
                types.add(type);
            }
        }
        return types;
    }
}
