package nl.kennisbank.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a killed build leaves next to the output: staging folders ({@code .X.nieuw-PID-…}) and, when it died between
 * the two renames of the swap, the previous site in {@code .X.oud-PID-…} with no {@code X} at all. Folders of a
 * build that is still running (its process is alive) are never touched, so concurrent builds stay safe.
 */
public final class InterruptedSwap {

    static final String NEW = ".nieuw-";
    static final String OLD = ".oud-";

    /** One folder a dead build left behind. */
    record Leftover(Path path, boolean old) {}

    /**
     * What was found, before anything is changed.
     *
     * @param restore the previous site to put back: only when the output is gone, the newest old folder with a marker
     */
    public record Findings(Path output, Optional<Path> restore, List<Leftover> leftovers) {

        public boolean isEmpty() {
            return leftovers.isEmpty();
        }

        /** In Dutch, for {@code build}: what it did about it. */
        public String repaired() {
            List<String> done = new ArrayList<>();
            restore.ifPresent(p -> done.add("de vorige site is teruggezet uit " + p.getFileName()));
            if (leftovers.size() > (restore.isPresent() ? 1 : 0)) {
                done.add("achtergebleven mappen zijn opgeruimd (" + names(restore) + ")");
            }
            return String.join(" en ", done);
        }

        /** In Dutch, for {@code check}: what is wrong and what the next build does about it. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            restore.ifPresent(p ->
                    parts.add("de site " + output + " ontbreekt; de vorige versie staat nog in " + p.getFileName()));
            long rest = leftovers.stream()
                    .filter(l -> restore.map(r -> !r.equals(l.path())).orElse(true))
                    .count();
            if (rest > 0) {
                parts.add(rest + " achtergebleven map(pen) naast de uitvoer (" + names(restore) + ")");
            }
            return String.join("; ", parts);
        }

        private String names(Optional<Path> except) {
            return String.join(
                    ", ",
                    leftovers.stream()
                            .map(Leftover::path)
                            .filter(p -> except.map(e -> !e.equals(p)).orElse(true))
                            .map(p -> p.getFileName().toString())
                            .sorted()
                            .toList());
        }
    }

    private InterruptedSwap() {}

    static Findings find(Path output) throws IOException {
        Path parent = output.getParent();
        List<Leftover> found = new ArrayList<>();
        if (parent != null && Files.isDirectory(parent)) {
            String prefix = "." + output.getFileName();
            try (Stream<Path> list = Files.list(parent)) {
                for (Path p : list.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (!Files.isDirectory(p) || !name.startsWith(prefix)) {
                        continue;
                    }
                    String rest = name.substring(prefix.length());
                    boolean old = rest.startsWith(OLD);
                    if ((old || rest.startsWith(NEW))
                            && !ownerAlive(rest.substring(old ? OLD.length() : NEW.length()))) {
                        found.add(new Leftover(p, old));
                    }
                }
            }
        }
        Optional<Path> restore = Files.exists(output)
                ? Optional.empty()
                : found.stream()
                        .filter(Leftover::old)
                        .map(Leftover::path)
                        .filter(p -> Files.exists(p.resolve(OutputFolder.MARKER)))
                        .max(Comparator.comparing(InterruptedSwap::modified).thenComparing(Comparator.naturalOrder()));
        return new Findings(output, restore, List.copyOf(found));
    }

    /** Puts the previous site back when the output is gone, then removes every other leftover. */
    static Findings repair(Path output) throws IOException {
        Findings findings = find(output);
        Optional<Path> restore = findings.restore();
        if (restore.isPresent()) {
            OutputFolder.move(restore.get(), output);
        }
        for (Leftover leftover : findings.leftovers()) {
            if (restore.map(r -> !r.equals(leftover.path())).orElse(true)) {
                OutputFolder.delete(leftover.path());
            }
        }
        return findings;
    }

    /** The owner's process id is the number before the first '-'; folders without one are from older versions. */
    private static boolean ownerAlive(String suffix) {
        int dash = suffix.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? suffix : suffix.substring(0, dash));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }
}
