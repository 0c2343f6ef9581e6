package nl.kennisbank.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.kennisbank.json.Json;

/** The static index's files while they are made: each one's bytes by its path under {@code zoeken/index/}. */
final class IndexFiles {

    /** Filled on all cores. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    /** One file, its JSON as UTF-8. */
    void write(String name, Object json) {
        files.put(name, Json.write(json).getBytes(StandardCharsets.UTF_8));
    }

    /** Makes files (name → its JSON, made when needed) on all cores. */
    void writeAll(Map<String, Supplier<Object>> jsonOfFile) {
        List.copyOf(jsonOfFile.entrySet()).parallelStream()
                .forEach(e -> write(e.getKey(), e.getValue().get()));
    }

    /** Every file made, sorted by path. */
    SortedMap<String, byte[]> sorted() {
        return new TreeMap<>(files);
    }
}
