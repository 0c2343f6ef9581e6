package nl.kennisbank.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The preview's output folder updated in place: each newly rendered file is moved over the old one in one
 * rename, so the preview server reads either the old page or the new one, never half of one.
 */
public final class LiveOutput {

    private final Path output;

    public LiveOutput(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    /**
     * Deletes the pages that are gone, then moves every file from {@code staging} to the same place in the output.
     *
     * @param removed page URIs (relative to the site root) that no longer exist
     */
    public void install(Path staging, Set<String> removed) throws IOException {
        for (String uri : removed) { // first: after a rename the old address answers 404 once the new one is there
            Path page = output.resolve(uri).normalize();
            if (page.startsWith(output)) {
                Files.deleteIfExists(page);
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(staging)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(OutputFolder.MARKER))
                    .toList();
        }
        for (Path file : files) {
            Path target = output.resolve(staging.relativize(file).toString());
            Files.createDirectories(target.getParent());
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
