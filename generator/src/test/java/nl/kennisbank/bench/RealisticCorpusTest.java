package nl.kennisbank.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.ExampleSite;
import nl.kennisbank.site.SitePipeline;
import nl.kennisbank.site.search.Searches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealisticCorpusTest {

    @Test
    void theBenchmarkCorpusPassesCheckWithoutASingleProblem(@TempDir Path tmp) throws Exception {
        Path source = RealisticCorpus.site(120, ExampleSite.root(), tmp.resolve("corpus"));
        var report = new SitePipeline(Searches.forSite(source))
                .check(new BuildOptions(source, tmp.resolve("site"), Optional.empty(), false, 2));
        // a benchmark that warns about every document measures the printing of warnings, not a build of real content
        assertEquals(
                0,
                report.problems().size(),
                () -> report.problems().stream().limit(3).toList().toString());
    }
}
