package nl.kennisbank.jbake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * What a template sees as {@code data}: the YAML files of JBake's data folder, read once, by file name relative to
 * the folder ({@code data.get('authors.yaml')}), as JBake 2.7's {@code DataFileUtil} answers: a file whose top is
 * a mapping gives that mapping, any other YAML value is under the key {@code data}; an unknown name gives an
 * empty mapping.
 */
public final class TemplateData {

    private final Map<String, Map<String, Object>> files;

    private TemplateData(Map<String, Map<String, Object>> files) {
        this.files = files;
    }

    static TemplateData read(Path folder, String shownAs, Problems problems) throws IOException {
        Map<String, Map<String, Object>> files = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return new TemplateData(files);
        }
        List<Path> yaml;
        try (Stream<Path> walk = Files.walk(folder)) {
            yaml = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
        for (Path file : yaml) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            try {
                Object value = new Load(LoadSettings.builder().setLabel(name).build())
                        .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
                files.put(name, asMap(value));
            } catch (MarkedYamlEngineException e) {
                var mark = e.getProblemMark().orElse(null);
                Location at = mark == null
                        ? Location.file(shownAs + "/" + name)
                        : new Location(shownAs + "/" + name, mark.getLine() + 1, mark.getColumn() + 1);
                problems.report(at, ProblemCode.JBAKE_DATA_INVALID, firstLine(e.getProblem()));
            } catch (YamlEngineException | java.io.UncheckedIOException e) {
                problems.report(
                        Location.file(shownAs + "/" + name), ProblemCode.JBAKE_DATA_INVALID, firstLine(e.getMessage()));
            }
        }
        return new TemplateData(files);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put("data", value);
        return wrapped;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        return m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m;
    }

    /** The file's content, as {@code data.get('name.yaml')} in a template. */
    public Map<String, Object> get(String name) {
        return files.getOrDefault(name, Map.of());
    }
}
