package nl.kennisbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import nl.kennisbank.site.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @Test
    void aPortInUseIsAUsageErrorThatSaysWhatToDo(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        FixtureSites.copyTree(FixtureSites.golden(), site);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRun run =
                    CommandRun.of("serve", "--source", site.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.out());
            assertTrue(
                    run.err().contains("Poort " + taken.getLocalPort() + " is al in gebruik")
                            && run.err().contains("--port"),
                    run.err());
            assertFalse(run.err().contains("Address already in use"), run.err());
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageErrorInDutch() {
        CommandRun run = CommandRun.of("serve", "--port", "99999");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out());
        assertTrue(run.err().contains("Poort 99999 bestaat niet") && run.err().contains("65535"), run.err());
        assertFalse(run.err().contains("out of range"), run.err());
    }
}
