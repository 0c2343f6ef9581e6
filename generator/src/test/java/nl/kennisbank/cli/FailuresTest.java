package nl.kennisbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private record Said(int exitCode, String text) {}

    private static Said report(Throwable error, boolean verbose) {
        StringWriter err = new StringWriter();
        int code = Failures.report(error, new PrintWriter(err, true), verbose);
        return new Said(code, err.toString());
    }

    @Test
    void anUnexpectedExceptionIsABugWithOneLineAndExitThree() {
        Said said = report(new NullPointerException("x"), false);
        assertEquals(ExitCodes.BUG, said.exitCode());
        assertEquals(1, said.text().lines().count(), said.text());
        assertTrue(
                said.text()
                        .startsWith(
                                "interne fout: de generator liep vast (NullPointerException). Dit ligt niet aan je inhoud."),
                said.text());
        assertTrue(said.text().contains("'Een fout melden' in README.md"), said.text());
    }

    @Test
    void theStackTraceOfABugIsShownOnlyWithVerbose() {
        Said said = report(new StackOverflowError(), true);
        assertEquals(ExitCodes.BUG, said.exitCode());
        assertTrue(
                said.text().contains("java.lang.StackOverflowError")
                        && said.text().contains("\tat "),
                said.text());
    }

    @Test
    void aFullDiskIsTheMachinesProblemInDutch() {
        Said said = report(
                new java.io.UncheckedIOException(
                        new FileSystemException("/srv/site/index.html", null, "No space left on device")),
                false);
        assertEquals(ExitCodes.USAGE, said.exitCode());
        assertEquals(
                "fout: de schijf is vol (bij /srv/site/index.html). Maak ruimte vrij of kies met --output een andere schijf, en bouw"
                        + " opnieuw. De vorige site is niet veranderd.",
                said.text().strip());
    }

    @Test
    void aReadOnlyOutputIsTheMachinesProblemInDutch() {
        for (Throwable e : new Throwable[] {
            new AccessDeniedException("/srv/site"),
            new FileSystemException("/srv/site", null, "Read-only file system"),
            new java.nio.file.ReadOnlyFileSystemException()
        }) {
            Said said = report(e, false);
            assertEquals(ExitCodes.USAGE, said.exitCode());
            assertTrue(said.text().startsWith("fout: ") && said.text().contains("alleen-lezen"), said.text());
            assertFalse(said.text().contains("Read-only file system"), said.text());
        }
    }

    @Test
    void aPathThroughAFileIsTheMachinesProblemInDutch() {
        Said said = report(new FileSystemException("/tmp/bestand/site", null, "Not a directory"), false);
        assertEquals(
                "fout: /tmp/bestand/site ligt onder een bestand, niet onder een map. Kies met --output een map.",
                said.text().strip());
        assertTrue(FileSystems.getDefault() != null);
    }
}
