package nl.kennisbank.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.kennisbank.publish.IndexFolder;
import nl.kennisbank.publish.WrittenFiles;
import nl.kennisbank.site.search.SearchStage;

/**
 * The preview's related practices and search index, brought up to date after partial builds (which keep the last
 * full build's). {@link #prepare} runs away from the preview loop, on a snapshot of the last published site, and
 * writes the new index into a scratch folder next to the output; the loop then applies it
 * ({@link SitePipeline#applySearchRefresh}) only when no build happened in between.
 */
public final class SearchRefresh implements AutoCloseable {

    private final BuildMemory.Published basis;
    private final Map<String, List<String>> related;
    private final Path scratch;

    private SearchRefresh(BuildMemory.Published basis, Map<String, List<String>> related, Path scratch) {
        this.basis = basis;
        this.related = Map.copyOf(related);
        this.scratch = scratch;
    }

    /** Computes related practices and the index from the last published preview state, or null when there is none. */
    static SearchRefresh prepare(SearchStage search, BuildMemory memory, Path output) throws IOException {
        BuildMemory.Published last = memory.published();
        if (last == null || search == SearchStage.NONE) {
            return null;
        }
        Path out = output.toAbsolutePath().normalize();
        Path scratch = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".zoeken-");
        try {
            Map<String, List<String>> related = search.related(last.search());
            search.index(scratch, new WrittenFiles()); // the preview writes no manifest
            return new SearchRefresh(last, related, scratch);
        } catch (IOException | RuntimeException e) {
            delete(scratch);
            throw e;
        }
    }

    boolean basedOn(BuildMemory.Published current) {
        return current == basis;
    }

    /** The published state as it would have been with these related practices. */
    BuildMemory.Published withRelated() {
        return new BuildMemory.Published(
                basis.pages(), basis.reads(), basis.globals(), related, basis.search(), basis.drafts(), basis.files());
    }

    /**
     * Moves the new index's folder into the output, then {@code meta.json} (which names it) in one rename, then
     * removes the index folders no longer named: the server never points a visitor at a half-moved index.
     */
    void installIndex(Path output) throws IOException {
        Path index = scratch.resolve(IndexFolder.PATH);
        Path meta = index.resolve(IndexFolder.META);
        if (!Files.isRegularFile(meta)) {
            return;
        }
        Path target = output.resolve(IndexFolder.PATH);
        String id = "";
        try (Stream<Path> folders = Files.list(index)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                id = folder.getFileName().toString();
                Path destination = target.resolve(id);
                if (!Files.exists(destination)) {
                    Files.createDirectories(target);
                    Files.move(folder, destination);
                }
            }
        }
        move(meta, target.resolve(IndexFolder.META));
        String kept = id;
        try (Stream<Path> old = Files.list(target)) {
            for (Path folder : old.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().equals(kept))
                    .toList()) {
                delete(folder);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the scratch folder. */
    @Override
    public void close() throws IOException {
        delete(scratch);
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
