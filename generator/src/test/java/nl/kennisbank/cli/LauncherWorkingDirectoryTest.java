package nl.kennisbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./kennisbank} once did {@code cd} into its own folder, so a relative {@code --source} or {@code --output}
 * was taken from there instead of from where the editor gave the command. The real launcher runs here with a
 * stand-in {@code java} that prints the folder it was started in and its arguments.
 */
class LauncherWorkingDirectoryTest {

    @Test
    void relativeSourceAndOutputAreTheCallersNotTheLaunchersFolder(@TempDir Path tmp) throws Exception {
        Path install = Files.createDirectories(tmp.resolve("installatie"));
        Files.copy(ExampleSite.root().resolve("kennisbank"), install.resolve("kennisbank"));
        Path jdk = Files.createDirectories(tmp.resolve("jdk/bin"));
        executable(jdk.resolve("java"), "#!/bin/sh\necho \"map=$(pwd)\"\necho \"argumenten=$*\"\n");
        Files.createDirectories(install.resolve(".ci"));
        Files.writeString(install.resolve(".ci/find-jdk.sh"), "JAVA_HOME='" + jdk.getParent() + "'\n");
        Files.createDirectories(install.resolve("generator/target/lib"));
        Files.writeString(install.resolve("generator/target/kennisbank.jar"), "stand-in");
        Path caller = Files.createDirectories(tmp.resolve("redacteur/werk"));

        Process run = new ProcessBuilder(
                        "bash",
                        install.resolve("kennisbank").toString(),
                        "build",
                        "--source",
                        "site",
                        "--output",
                        "uit")
                .directory(caller.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor(60, TimeUnit.SECONDS);

        assertEquals(0, run.exitValue(), out);
        assertEquals(
                "map=" + caller.toRealPath(),
                out.lines().filter(l -> l.startsWith("map=")).findFirst().orElse(out));
        assertEquals(
                "argumenten=-XX:+UseSerialGC",
                out.lines()
                        .filter(l -> l.startsWith("argumenten="))
                        .findFirst()
                        .orElse(out)
                        .replaceAll(" .*", ""),
                out);
        assertEquals(true, out.contains("build --source site --output uit"), out);
    }

    private static void executable(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
