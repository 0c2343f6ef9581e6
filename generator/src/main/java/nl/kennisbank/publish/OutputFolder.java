package nl.kennisbank.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Publishing that never loses a site: the build writes into a fresh folder next to the output, and only a build
 * that succeeded replaces the output. The generator refuses to replace a folder it did not make (one without its
 * marker file), and never one that holds the source. A build killed in the middle of the swap is finished by the
 * next one ({@link InterruptedSwap}).
 */
public final class OutputFolder {

    /** The marker file in every folder this generator made. */
    public static final String MARKER = ".kennisbank-site";

    private static final String MARKER_TEXT =
            "Deze map is gemaakt door ./kennisbank build en wordt bij elke build vervangen.\n";

    /** A seam for tests: called at each step of the swap, where a kill could strike. */
    public interface FaultPoint {
        FaultPoint NONE = step -> {};

        void reached(String step) throws IOException;
    }

    private final Path output;
    private final long owner;
    private final FaultPoint faults;
    private final SecureRandom random = new SecureRandom();

    public OutputFolder(Path output) {
        this(output, ProcessHandle.current().pid(), FaultPoint.NONE);
    }

    /**
     * @param owner  the process id written into the names of the folders this build makes, so that another
     *               build can tell a running build's folders from those a killed build left behind
     * @param faults called between the steps of the swap (tests inject a kill there)
     */
    OutputFolder(Path output, long owner, FaultPoint faults) {
        this.output = output.toAbsolutePath().normalize();
        this.owner = owner;
        this.faults = faults;
    }

    /** What a killed build left next to the output, without changing anything (for {@code check}). */
    public InterruptedSwap.Findings inspect() throws IOException {
        return InterruptedSwap.find(output);
    }

    /** Finishes what a killed build left: the previous site back in place, leftover folders removed. */
    public InterruptedSwap.Findings recover() throws IOException {
        return InterruptedSwap.repair(output);
    }

    /** The output may not be replaced or made there; the message says why, in Dutch, and what to do. */
    public static final class Refused extends IllegalStateException {
        Refused(String message) {
            super(message);
        }
    }

    /** @throws Refused with a Dutch message when the output may not be replaced */
    public void checkReplaceable(Path source) throws IOException {
        for (Path above = output.getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above) && !Files.isDirectory(above)) {
                throw new Refused("De uitvoermap " + output + " zou onder " + above
                        + " komen, maar dat is een bestand, geen map. Kies een andere plek met --output.");
            }
        }
        Path src = source.toAbsolutePath().normalize();
        if (output.equals(src) || src.startsWith(output) || output.getParent() == null) {
            throw new Refused("De uitvoermap " + output
                    + " is (of bevat) de bronmap. Kies een andere map met --output, bijvoorbeeld target/site.");
        }
        if (Files.isDirectory(output) && !Files.exists(output.resolve(MARKER)) && !isEmpty(output)) {
            throw new Refused(
                    "De uitvoermap " + output
                            + " bestaat al en is niet door kennisbank gemaakt. Ik vervang haar niet. Kies een lege of nieuwe map met --output.");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new Refused("De uitvoer " + output + " is een bestand, geen map. Kies een andere plek met --output.");
        }
    }

    /** A new, empty staging folder next to the output. */
    public Path stage() throws IOException {
        Files.createDirectories(output.getParent());
        Path staging = Files.createDirectory(sibling(InterruptedSwap.NEW));
        keepMode(staging);
        Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
        return staging;
    }

    /** {@code .X.nieuw-PID-RANDOM} or {@code .X.oud-PID-RANDOM}, made with the umask's mode (not 0700). */
    private Path sibling(String kind) {
        return output.resolveSibling(
                "." + output.getFileName() + kind + owner + "-" + Long.toUnsignedString(random.nextLong(), 36));
    }

    /** The published folder keeps the mode the output had (a web server may need to read it). */
    private void keepMode(Path staging) throws IOException {
        if (Files.isDirectory(output) && Files.getFileAttributeView(output, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(staging, Files.getPosixFilePermissions(output));
        }
    }

    /** Replaces the output with the staged folder. */
    public void publish(Path staging) throws IOException {
        Path old = null;
        if (Files.exists(output)) {
            old = sibling(InterruptedSwap.OLD);
            move(output, old);
        }
        faults.reached("between-renames");
        try {
            move(staging, output);
        } catch (IOException e) {
            if (old != null) {
                move(old, output);
            }
            throw e;
        }
        faults.reached("before-cleanup");
        if (old != null) {
            delete(old);
        }
    }

    /** Removes a staging folder after a failed build; the output itself is not touched. */
    public void discard(Path staging) throws IOException {
        delete(staging);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>(); // in post-order: a folder after everything in it
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                files.add(file); // links included: the link goes, never what it points to
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                folders.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        files.parallelStream().forEach(OutputFolder::deleteQuietly);
        for (Path dir : folders) {
            Files.delete(dir);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }
}
