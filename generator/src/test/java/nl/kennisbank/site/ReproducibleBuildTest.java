package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same commit gives the same bytes anywhere: the knowledge base, with its search index, built in two separate
 * JVMs, one in New Zealand speaking Turkish ({@code TZ=Pacific/Auckland LC_ALL=tr_TR.UTF-8}) and one in UTC with
 * the C locale ({@code TZ=UTC LC_ALL=C.UTF-8}), byte for byte. Each JVM first proves its locale and zone took
 * effect ({@link LocaleCheckedBuild}). The first JVM sees one processor and renders on one thread, the second two
 * processors and two threads, so every parallel stage (parsing, Markdown, analysis, indexing, pages) runs with a
 * different split of the documents. The Turkish locale must be installed ({@code .ci/run} generates it).
 */
class ReproducibleBuildTest {

    @Test
    void theSiteIsByteIdenticalInAucklandInTurkishOnOneCoreAndInUtcOnTwo(@TempDir Path tmp) throws Exception {
        requireTurkishLocale();
        Path auckland = tmp.resolve("auckland");
        Path utc = tmp.resolve("utc");
        String first = build(
                tmp, Map.of("TZ", "Pacific/Auckland", "LC_ALL", "tr_TR.UTF-8"), "tr", "Pacific/Auckland", 1, auckland);
        assertTrue(first.contains("locale tr-TR zone Pacific/Auckland lower(I) ı decimal 1,5 processors 1"), first);
        String second = build(tmp, Map.of("TZ", "UTC", "LC_ALL", "C.UTF-8"), "-", "UTC", 2, utc);
        assertTrue(second.contains(" zone UTC lower(I) i decimal 1.5 processors 2"), second);
        List<String> files = FixtureSites.files(auckland);
        assertEquals(files, FixtureSites.files(utc), "the same files");
        assertTrue(files.size() > 100, "a whole site with its search index: " + files.size() + " files");
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(auckland.resolve(file)), Files.readAllBytes(utc.resolve(file)), file);
        }
    }

    private static String build(Path tmp, Map<String, String> env, String language, String zone, int cores, Path output)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=" + cores,
                "-cp",
                System.getProperty("java.class.path"),
                LocaleCheckedBuild.class.getName(),
                language,
                zone,
                "build",
                "--source",
                ExampleSite.root().toString(),
                "--output",
                output.toString(),
                "--base-url",
                "https://owner.github.io/kennisbank/",
                "--threads",
                String.valueOf(cores)));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("LANG");
        builder.environment().remove("LANGUAGE");
        builder.environment().putAll(env);
        Path log = Files.createTempFile(tmp, "build", ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            Assertions.fail("the build under " + env + " did not finish in 10 minutes");
        }
        String printed = Files.readString(log);
        assertEquals(0, process.exitValue(), () -> env + ":\n" + printed);
        return printed;
    }

    private static void requireTurkishLocale() throws IOException, InterruptedException {
        Process locales =
                new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
        String list = new String(locales.getInputStream().readAllBytes()).toLowerCase(java.util.Locale.ROOT);
        locales.waitFor();
        if (!list.lines().anyMatch(l -> l.equals("tr_tr.utf8") || l.equals("tr_tr.utf-8"))) {
            String message =
                    "the tr_TR.UTF-8 locale is not installed (Debian: locales, then locale-gen; .ci/run does this)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + "; CI=true requires this test to run");
            }
            Assumptions.abort(message);
        }
    }
}
