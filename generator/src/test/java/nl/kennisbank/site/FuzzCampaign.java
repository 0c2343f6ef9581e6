package nl.kennisbank.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import nl.kennisbank.site.HostileInputs.FuzzInput;

/**
 * One seeded, time-budgeted fuzzing run of one target. Input {@code k} is generated from its own seed, drawn from
 * the run's seed; the first input uses the run's seed itself, so {@code -Dkennisbank.fuzz.seed=S} with an input's
 * seed makes that input the first one again. On a finding the input is shrunk (smaller inputs that fail the same
 * way), and the seed, the input and the smallest failing input are printed and saved under {@code target/}.
 */
final class FuzzCampaign {

    /** Checks one input: a description of what went wrong, or empty. Its kind decides what "fails the same way" means. */
    interface Target {
        Optional<Finding> check(FuzzInput input) throws Exception;
    }

    /** @param kind a short category (the exception class, "active content", "exit code 3"…) */
    record Finding(String kind, String detail) {}

    static final Path REPORT = Path.of("target", "fuzz-report.txt");
    /** The seed CI uses (see {@link #defaultSeed()}); any value does, as long as it stays the same. */
    static final long CI_SEED = 20_261_202L;
    /** Under CI the time budget becomes this many inputs per second of it (about half what a quiet 2-core machine runs). */
    static final int CI_INPUTS_PER_SECOND = 25;

    private static final double SHRINK_SECONDS = 60;

    private final String name;
    private final long seed;
    private final long deadline;
    /** Under CI a number of inputs instead of a time, so a slow machine runs the same inputs as a fast one. */
    private final long inputs;

    private final long start = System.nanoTime();
    private final SplittableRandom seeds;
    private int executions;
    private int withProblems;
    private int fullBuilds;

    FuzzCampaign(String name, double seconds) {
        this.name = name;
        this.seed = Long.getLong("kennisbank.fuzz.seed", defaultSeed());
        this.seeds = new SplittableRandom(seed);
        this.deadline = start + (long) (seconds * 1e9);
        this.inputs = ci() ? Math.max(1, Math.round(seconds * CI_INPUTS_PER_SECOND)) : Long.MAX_VALUE;
        log(String.format(
                Locale.ROOT, "%s: seed %d, %.0f s (rerun with -Dkennisbank.fuzz.seed=%d)", name, seed, seconds, seed));
    }

    /**
     * A fresh random seed on a developer's machine, so every local {@code verify} explores new inputs; under
     * {@code CI=true} a fixed one, so CI on the same commit always runs the same inputs and a merge never fails on
     * an input nobody saw before (what the random runs find goes into the stored corpus, which every run replays).
     */
    private static long defaultSeed() {
        return ci() ? CI_SEED : new SecureRandom().nextLong();
    }

    private static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Replays the stored inputs under {@code src/test/resources/fuzz/<folder>/} (inputs that once found something,
     * kept as regression cases, as libFuzzer and Jazzer keep a corpus) before any generated input.
     */
    void replay(String folder, Target target) throws IOException {
        for (Map.Entry<String, String> stored : StoredCorpus.read(folder).entrySet()) {
            FuzzInput input = new FuzzInput(HostileInputs.FUZZ_FILE, stored.getValue());
            Optional<Finding> finding = safely(target, input);
            executions++;
            if (finding.isPresent()) {
                String report = String.format(
                        Locale.ROOT,
                        "FOUND in %s with the stored input %s: %s%n  input:%n%s",
                        name,
                        stored.getKey(),
                        finding.get().detail(),
                        quote(input.text()));
                log(report);
                throw new AssertionError(report);
            }
        }
    }

    /** Runs the target on generated inputs until the time is up; fails the test with the shrunk input on a finding. */
    void run(LongFunction<FuzzInput> generate, Target target) {
        int generated = 0;
        while (ci() ? generated < inputs : System.nanoTime() < deadline || generated == 0) {
            long inputSeed = generated++ == 0 ? seed : seeds.nextLong();
            FuzzInput input = generate.apply(inputSeed);
            Optional<Finding> finding = safely(target, input);
            executions++;
            if (finding.isPresent()) {
                fail(inputSeed, input, finding.get(), target);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log(String.format(
                Locale.ROOT,
                "%s: %d executions in %.1f s (%.1f per second; %d with located problems, %d through the whole"
                        + " command line), seed %d: 0 findings",
                name,
                executions,
                seconds,
                executions / seconds,
                withProblems,
                fullBuilds,
                seed));
    }

    /** Counts an input that ended in located problems (a clean outcome, but worth knowing how many). */
    void problems() {
        withProblems++;
    }

    /** Counts an input that also went through the whole build on the command line. */
    void fullBuild() {
        fullBuilds++;
    }

    int executions() {
        return executions;
    }

    /** Any exception escaping the target is itself a finding: on the command line it would be a stack trace or exit 3. */
    private static Optional<Finding> safely(Target target, FuzzInput input) {
        try {
            return target.check(input);
        } catch (Throwable e) {
            return Optional.of(new Finding(e.getClass().getName(), String.valueOf(e)));
        }
    }

    private void fail(long inputSeed, FuzzInput input, Finding finding, Target target) {
        String smallest = shrink(input, finding.kind(), target);
        String report = String.format(
                Locale.ROOT,
                "FOUND in %s after %d executions: %s%n  seed %d (rerun with -Dkennisbank.fuzz.seed=%d)%n"
                        + "  file %s%n  input (%d characters):%n%s%n  smallest input that fails the same way (%d characters):%n%s",
                name,
                executions,
                finding.detail(),
                inputSeed,
                inputSeed,
                input.path(),
                input.text().length(),
                quote(input.text()),
                smallest.length(),
                quote(smallest));
        try {
            Path dir = Files.createDirectories(REPORT.toAbsolutePath().getParent());
            Files.writeString(dir.resolve("fuzz-failure-" + inputSeed + ".txt"), input.text(), StandardCharsets.UTF_8);
            Files.writeString(
                    dir.resolve("fuzz-failure-" + inputSeed + "-smallest.txt"), smallest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            report += "\n  (could not save the inputs: " + e + ")";
        }
        log(report);
        throw new AssertionError(report);
    }

    /** Delta debugging in a time budget: drop halves, quarters… of the text while it still fails the same way. */
    private static String shrink(FuzzInput input, String kind, Target target) {
        long until = System.nanoTime() + (long) (SHRINK_SECONDS * 1e9);
        String smallest = input.text();
        for (int chunk = Math.max(1, smallest.length() / 2); chunk >= 1 && System.nanoTime() < until; chunk /= 2) {
            int at = 0;
            while (at < smallest.length() && System.nanoTime() < until) {
                String candidate =
                        smallest.substring(0, at) + smallest.substring(Math.min(smallest.length(), at + chunk));
                Optional<Finding> again = safely(target, new FuzzInput(input.path(), candidate));
                if (again.isPresent() && again.get().kind().equals(kind)) {
                    smallest = candidate;
                } else {
                    at += chunk;
                }
            }
        }
        return smallest;
    }

    /** The text with control characters made visible, so the printed input can be read and copied. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n\n");
            } else if (c < 0x20
                    || (c >= 0x7f && c < 0xa0)
                    || c == 0x2028
                    || c == 0x2029
                    || c == 0xfeff
                    || (c >= 0xd800 && c <= 0xdfff)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static void log(String line) {
        System.out.println("fuzz: " + line);
        try {
            Files.createDirectories(REPORT.toAbsolutePath().getParent());
            Files.writeString(
                    REPORT, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
