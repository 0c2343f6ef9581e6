package nl.kennisbank.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The fuzzer's stored inputs: one file per input under {@code generator/src/test/resources/fuzz/<folder>/}, by name. */
final class StoredCorpus {

    private StoredCorpus() {}

    static Path folder(String folder) {
        return ExampleSite.root().resolve("generator/src/test/resources/fuzz").resolve(folder);
    }

    /** File name to content, sorted by name; empty when the folder does not exist. */
    static Map<String, String> read(String folder) throws IOException {
        Map<String, String> inputs = new TreeMap<>();
        Path dir = folder(folder);
        if (!Files.isDirectory(dir)) {
            return inputs;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                inputs.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return inputs;
    }
}
