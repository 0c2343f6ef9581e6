package nl.kennisbank.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.site.BuildReport;
import nl.kennisbank.site.FixtureSites;
import nl.kennisbank.site.SitePipeline;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed at any step of the swap: the next build finishes the job, {@code check} says so. */
class InterruptedSwapTest {

    /** A process id no process has (above Linux's pid_max), standing for a build that was killed. */
    private static final long DEAD = Integer.MAX_VALUE;

    @TempDir
    Path tmp;

    /** What a kill -9 does to the publisher: it stops right there, nothing after it runs. */
    private static final class Killed extends RuntimeException {}

    @Test
    void aBuildKilledBetweenTheTwoRenamesLeavesNoSiteAndTheNextBuildPutsThePreviousOneBack() throws Exception {
        Path source = site();
        Path output = tmp.resolve("site");
        assertTrue(build(source, output).succeeded());
        String before = Files.readString(output.resolve("index.html"));

        killAt("between-renames", output);
        assertFalse(Files.exists(output), "the kill left no site, as the strace reproduction did");
        assertEquals(2, leftovers().size(), "the old site and the staged one are hidden next to it");

        BuildReport check = new SitePipeline(SearchStage.NONE).check(options(source, output));
        assertTrue(check.succeeded(), "a half-finished swap is a warning: content is fine");
        Problem warning = only(check, ProblemCode.OUTPUT_SWAP_INTERRUPTED);
        assertTrue(
                warning.message().contains("ontbreekt; de vorige versie staat nog in .site.oud-"), warning.message());
        assertFalse(Files.exists(output), "check writes nothing");

        Files.writeString(source.resolve("content/over.md"), "---\ntitel: [kapot\n---\n");
        BuildReport failed = build(source, output);
        assertFalse(failed.succeeded());
        String repaired = only(failed, ProblemCode.OUTPUT_SWAP_REPAIRED).message();
        assertTrue(
                repaired.contains("de vorige site is teruggezet uit .site.oud-")
                        && repaired.contains("achtergebleven mappen zijn opgeruimd (.site.nieuw-"),
                repaired);
        assertEquals(
                before,
                Files.readString(output.resolve("index.html")),
                "the previous site is back, as the failed build says");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aBuildKilledBeforeTheSwapLeavesTheSiteAndItsStagingFolderIsRemoved() throws Exception {
        Path source = site();
        Path output = tmp.resolve("site");
        assertTrue(build(source, output).succeeded());
        new OutputFolder(output, DEAD, OutputFolder.FaultPoint.NONE).stage();
        assertEquals(1, leftovers().size());

        BuildReport next = build(source, output);

        assertTrue(next.succeeded());
        only(next, ProblemCode.OUTPUT_SWAP_REPAIRED);
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aBuildKilledAfterTheSwapKeepsTheNewSiteAndTheOldFolderIsRemoved() throws Exception {
        Path source = site();
        Path output = tmp.resolve("site");
        assertTrue(build(source, output).succeeded());

        killAt("before-cleanup", output);
        assertTrue(Files.exists(output.resolve("nieuw.html")), "the swap itself had finished");

        assertTrue(build(source, output).succeeded());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void theFoldersOfABuildThatIsStillRunningAreLeftAlone() throws Exception {
        Path source = site();
        Path output = tmp.resolve("site");
        Path running = new OutputFolder(output, ProcessHandle.current().pid(), OutputFolder.FaultPoint.NONE).stage();

        BuildReport report = build(source, output);

        assertTrue(report.succeeded());
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        assertTrue(Files.isDirectory(running), "another build's staging folder is not a leftover while it runs");
    }

    @Test
    void thePublishedFolderKeepsItsMode() throws Exception {
        Path source = site();
        Path output = tmp.resolve("site");
        assertTrue(build(source, output).succeeded());
        for (String mode : List.of("rwxr-xr-x", "rwxr-x---")) {
            Files.setPosixFilePermissions(output, PosixFilePermissions.fromString(mode));
            assertTrue(build(source, output).succeeded());
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(output)));
        }
    }

    @Test
    void aNewSiteIsNotMadePrivateToItsOwner() throws Exception {
        Path output = tmp.resolve("site");
        assertTrue(build(site(), output).succeeded());
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(output));
        assertFalse(mode.endsWith("------"), "a fresh output gets the umask's mode, not 0700: " + mode);
    }

    private void killAt(String step, Path output) throws Exception {
        OutputFolder killed = new OutputFolder(output, DEAD, s -> {
            if (s.equals(step)) {
                throw new Killed();
            }
        });
        Path staging = killed.stage();
        Files.writeString(staging.resolve("nieuw.html"), "nieuw");
        assertThrows(Killed.class, () -> killed.publish(staging));
    }

    private Path site() {
        Path source = tmp.resolve("bron");
        if (!Files.exists(source)) {
            FixtureSites.copyTree(FixtureSites.golden(), source);
        }
        return source;
    }

    private List<String> leftovers() throws Exception {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".site."))
                    .sorted()
                    .toList();
        }
    }

    private static Problem only(BuildReport report, ProblemCode code) {
        List<Problem> found =
                report.problems().stream().filter(p -> p.code() == code).toList();
        assertEquals(1, found.size(), report.problems().toString());
        return found.get(0);
    }

    private static BuildOptions options(Path source, Path output) {
        return new BuildOptions(source, output, Optional.empty(), false, 2);
    }

    private static BuildReport build(Path source, Path output) throws Exception {
        return new SitePipeline(SearchStage.NONE).build(options(source, output));
    }
}
