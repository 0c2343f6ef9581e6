package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder per invalid-site case under {@code sites/invalid/}: its files laid over the golden site, built, and
 * the problems ({@code path:line:column CODE: message}, the Dutch text included) compared with the case's reviewed {@code expected.txt}.
 */
class InvalidSitesTest {

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> eachInvalidSiteReportsExactlyItsProblems() throws IOException {
        Path cases = FixtureSites.resources().resolve("invalid");
        List<Path> dirs;
        try (Stream<Path> list = Files.list(cases)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream()
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private void check(Path caseDir) throws Exception {
        Path work = Files.createTempDirectory(tmp, caseDir.getFileName().toString());
        Path site = FixtureSites.invalidCase(caseDir.resolve("site-files"), work);
        Path output = work.resolve("out");
        BuildReport report = new SitePipeline(SearchStage.NONE)
                .build(new BuildOptions(site, output, Optional.empty(), false, 2, FixtureSites.TODAY));
        assertFalse(report.succeeded(), "an invalid site must not build");
        assertFalse(Files.exists(output), "a failed build must not create the output");
        String actual = String.join(
                        "\n",
                        report.problems().stream()
                                .map(p -> p.path() + ":" + p.line() + ":" + p.column() + " "
                                        + p.code().code() + ": " + p.message())
                                .toList())
                + "\n";
        Path expected = caseDir.resolve("expected.txt");
        if (Golden.update()) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(
                Files.readString(expected, StandardCharsets.UTF_8), actual, "problems of " + caseDir.getFileName());
    }
}
