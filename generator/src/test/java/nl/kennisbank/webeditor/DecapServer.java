package nl.kennisbank.webeditor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Decap's local backend, {@code decap-server} from {@code vendor/decap-server/} (installed there with {@code npm ci}
 * from its lock file when missing), saving into one folder on one loopback port. Without node and npm the calling
 * test is skipped, except under {@code CI=true}, where that is a failure (.ci/run installs them).
 */
final class DecapServer implements AutoCloseable {

    private final Process process;
    private final Path log;

    private DecapServer(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static DecapServer start(Path repository, int port, Path tmp) throws IOException, InterruptedException {
        Path folder = ExampleSite.root().resolve("vendor/decap-server");
        Path main = folder.resolve("node_modules/decap-server/dist/index.js");
        if (!onPath("node") || !onPath("npm")) {
            String message = "node and npm are missing: install Debian's nodejs and npm (.ci/run does this)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + "; CI=true requires the web editor test to run");
            }
            Assumptions.abort(message);
        }
        if (!Files.exists(main)) {
            Path installLog = tmp.resolve("npm-ci.log");
            Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(installLog.toFile())
                    .start();
            Assertions.assertTrue(
                    install.waitFor(10, TimeUnit.MINUTES) && install.exitValue() == 0,
                    () -> "npm ci in vendor/decap-server failed: " + read(installLog));
        }
        Path log = tmp.resolve("decap-server.log");
        ProcessBuilder builder = new ProcessBuilder("node", main.toString())
                .directory(repository.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("BIND_HOST", "127.0.0.1");
        builder.environment().put("MODE", "fs");
        builder.environment().put("GIT_REPO_DIRECTORY", repository.toString());
        DecapServer server = new DecapServer(builder.start(), log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!server.listening(port)) {
            if (!server.process.isAlive() || System.nanoTime() > deadline) {
                server.close();
                Assertions.fail("decap-server did not start: " + read(log));
            }
            Thread.sleep(100);
        }
        return server;
    }

    private boolean listening(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String log() {
        return read(log);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
