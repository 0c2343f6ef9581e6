package nl.kennisbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.kennisbank.site.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/** {@code check --format json} reports exactly the problems of the text form, with the same exit code. */
class CheckJsonTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        return (Map<String, Object>) new Json().toType(json, Json.MAP_TYPE);
    }

    @Test
    void jsonHasTheSameProblemsAsTheTextFormForEveryInvalidSite(@TempDir Path tmp) throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(FixtureSites.resources().resolve("invalid"))) {
            cases = list.filter(p -> Files.isDirectory(p.resolve("site-files")))
                    .sorted()
                    .toList();
        }
        assertTrue(cases.size() >= 10, "invalid cases: " + cases);
        int compared = 0;
        for (Path dir : cases) {
            Path site = FixtureSites.invalidCase(
                    dir.resolve("site-files"), tmp.resolve(dir.getFileName().toString()));
            CommandRun text = CommandRun.of("check", "--source", site.toString(), "--today", "2026-12-02");
            CommandRun json =
                    CommandRun.of("check", "--source", site.toString(), "--today", "2026-12-02", "--format", "json");
            assertEquals(text.exitCode(), json.exitCode(), dir.toString());
            assertEquals("", json.err(), dir.toString());
            Map<String, Object> report = parse(json.out());
            List<String> fromJson = ((List<Map<String, Object>>) (List<?>) report.get("problems"))
                    .stream()
                            .map(p -> p.get("file") + ":" + p.get("line") + ":" + p.get("column") + ": "
                                    + p.get("severity") + " [" + p.get("code") + "]: " + p.get("message"))
                            .toList();
            List<String> fromText = text.err()
                    .lines()
                    .filter(l -> !l.matches("\\d+ fout\\(en\\), \\d+ waarschuwing\\(en\\)\\."))
                    .toList();
            assertEquals(fromText, fromJson, dir.toString());
            assertEquals(text.exitCode() == ExitCodes.OK, report.get("ok"), dir.toString());
            compared += fromJson.size();
        }
        assertTrue(compared >= 20, "only " + compared + " problems compared");
    }

    @Test
    void eachProblemHasItsLocationCodeAndTheSuggestedValue(@TempDir Path tmp) {
        Path site = FixtureSites.invalidCase(
                FixtureSites.resources().resolve("invalid/unknown-vocabulary/site-files"), tmp);
        CommandRun run = CommandRun.of("check", "--source", site.toString(), "--format", "json");
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run.exitCode());
        Map<String, Object> report = parse(run.out());
        assertEquals(3L, report.get("errors"));
        Map<String, Object> first = ((List<Map<String, Object>>) (List<?>) report.get("problems")).get(0);
        assertEquals("content/praktijkvoorbeelden/typefout.md", first.get("file"));
        assertEquals(5L, first.get("line"));
        assertEquals(12L, first.get("column"));
        assertEquals("error", first.get("severity"));
        assertEquals("VOCAB_UNKNOWN", first.get("code"));
        assertEquals("onderwijs", first.get("suggestion"));
        Map<String, Object> second = ((List<Map<String, Object>>) (List<?>) report.get("problems")).get(1);
        assertNull(second.get("suggestion"), second.toString());
    }

    @Test
    void validContentGivesAnEmptyListAndExitZero(@TempDir Path tmp) {
        CommandRun run = CommandRun.of(
                "check",
                "--source",
                FixtureSites.golden().toString(),
                "--format",
                "json",
                "--output",
                tmp.resolve("out").toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Map<String, Object> report = parse(run.out());
        assertEquals(true, report.get("ok"));
        assertEquals(List.of(), report.get("problems"));
    }
}
