package nl.kennisbank.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/** Reads a JBake {@code key=value} header with JBake's meaning of title, date, type, status and tags. */
public final class JBakeHeader {

    private final String defaultType;
    private final String defaultStatus;

    public JBakeHeader(String defaultType, String defaultStatus) {
        this.defaultType = defaultType;
        this.defaultStatus = defaultStatus;
    }

    public Map<String, Object> parse(SplitSource split, String path, Problems problems) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String[] lines = split.header().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int eq = line.indexOf('=');
            if (line.isBlank() || eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).trim();
            String value = line.substring(eq + 1).trim();
            Location at = new Location(path, split.headerFirstLine() + i, eq + 2);
            switch (key) {
                case "date" -> date(value, at, problems, fields);
                case "tags" ->
                    fields.put(
                            "tags",
                            Arrays.stream(value.split(","))
                                    .map(String::trim)
                                    .filter(s -> !s.isEmpty())
                                    .toList());
                default -> fields.put(key, value);
            }
        }
        fields.putIfAbsent("type", defaultType);
        fields.putIfAbsent("status", defaultStatus);
        fields.putIfAbsent("tags", List.of());
        if (fields.get("type").toString().isEmpty()) {
            problems.report(new Location(path, split.headerFirstLine(), 1), ProblemCode.JBAKE_TYPE_MISSING);
        }
        return fields;
    }

    private static void date(String value, Location at, Problems problems, Map<String, Object> fields) {
        try {
            fields.put("date", LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
        } catch (DateTimeParseException e) {
            problems.report(at, ProblemCode.JBAKE_DATE_INVALID, value);
        }
    }
}
