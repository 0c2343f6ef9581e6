package nl.kennisbank.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Test;

/**
 * kennisbank.cmd (Windows) stays in step with ./kennisbank: the same generator build and the same JVM settings,
 * with Windows line endings. (No Windows machine runs here; this keeps the two from drifting apart.)
 */
class LaunchersTest {

    /**
     * The JDK's ahead-of-time cache that ./kennisbank uses for a site of more than 3,000 pages (with JDK 25+): the
     * Windows launcher runs every site as a small one (C1 only, with the class-data archive), as before.
     */
    private static final java.util.Set<String> LARGE_SITES_ONLY =
            java.util.Set.of("-XX:AOTCache", "-XX:AOTMode", "-XX:AOTConfiguration", "-Xlog:aot=off");

    @Test
    void theWindowsLauncherBuildsAndRunsTheGeneratorAsTheShellLauncherDoes() throws IOException {
        String shell = String.join(
                "\n",
                Files.readAllLines(ExampleSite.root().resolve("kennisbank"), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.strip().startsWith("#"))
                        .toList());
        String windows = Files.readString(ExampleSite.root().resolve("kennisbank.cmd"), StandardCharsets.UTF_8);
        assertTrue(windows.replace("\r\n", "").indexOf('\n') < 0, "kennisbank.cmd needs CRLF line endings for cmd.exe");
        List<String> missing = new ArrayList<>();
        Matcher flag = Pattern.compile("-(?:XX:[+-]?[A-Za-z]+(?:=[0-9]+)?|Xlog:[a-z+]+=off)")
                .matcher(shell);
        while (flag.find()) {
            if (!windows.contains(flag.group()) && !LARGE_SITES_ONLY.contains(flag.group())) {
                missing.add(flag.group());
            }
        }
        for (String part : List.of(
                "-pl generator -am package -DskipTests", "generator/target/kennisbank.jar", "kennisbank-bouw.log")) {
            if (!windows.contains(part.replace('/', '\\')) && !windows.contains(part)) {
                missing.add(part);
            }
        }
        assertTrue(missing.isEmpty(), "in ./kennisbank but not in kennisbank.cmd: " + missing);
        assertTrue(windows.contains("-jar \"%JAR%\" %*"), "kennisbank.cmd passes every argument on");
    }
}
