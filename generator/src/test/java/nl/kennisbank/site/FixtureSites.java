package nl.kennisbank.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test fixtures: the golden site and the invalid-site cases under src/test/resources/sites. */
public final class FixtureSites {

    /** The day tests check dates against, so no result depends on when the tests run. */
    public static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 12, 2);

    private FixtureSites() {}

    public static Path resources() {
        return ExampleSite.root().resolve("generator/src/test/resources/sites");
    }

    public static Path golden() {
        return resources().resolve("golden");
    }

    /** Copies a folder tree. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All regular files below a folder, as sorted relative paths with forward slashes. */
    public static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the golden site whose content/ is replaced by the case's content/ (and whose other files are
     * replaced by any the case has, such as jbake.properties or a template).
     */
    public static Path invalidCase(Path caseDir, Path workDir) {
        Path site = workDir.resolve("site");
        copyTree(golden(), site);
        deleteTree(site.resolve("content"));
        copyTree(caseDir, site);
        return site;
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes one file of a site in place; fails the test when the change leaves the file as it was. */
    public static void edit(Path source, String file, java.util.function.UnaryOperator<String> change)
            throws IOException {
        Path path = source.resolve(file);
        String before = Files.readString(path);
        String after = change.apply(before);
        org.junit.jupiter.api.Assertions.assertNotEquals(before, after, "the edit changes " + file);
        Files.writeString(path, after);
    }
}
