package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview validates a save incrementally (it takes over unchanged bodies' link reads and checks and the site-wide
 * checks' results), yet the problems it reports after each save are exactly those a full check of the same files
 * reports: after a save that introduces a broken link and one that fixes it, a reference to an unknown practice and
 * its fix, and a renamed file that breaks an unchanged document's link and its rename back.
 */
class IncrementalValidationTest {

    private static final String PRACTICE = "content/praktijkvoorbeelden/budgetcoach-op-school.md";
    private static final String CHAPTER = "content/handreikingen/onderwijs/03-wat-je-school-kan-doen.md";
    private static final String MOVED = "content/handreikingen/onderwijs/03-wat-de-school-kan-doen.md";
    private static final String BROKEN = "\nZie ook [de folder](bestaat-niet.md).\n";

    @Test
    void aSaveReportsTheSameProblemsAsAFullCheck(@TempDir Path tmp) throws Exception {
        Path source = ExampleSite.copySource(tmp.resolve("bron"));
        SitePipeline pipeline = new SitePipeline(SearchStage.NONE);
        BuildMemory memory = BuildMemory.forPreview();
        BuildOptions live =
                new BuildOptions(source, tmp.resolve("voorbeeld"), Optional.empty(), true, 2, FixtureSites.TODAY);
        assertTrue(pipeline.preview(live, memory, Set.of()).succeeded());

        FixtureSites.edit(source, PRACTICE, text -> text + BROKEN);
        List<Problem> broken = assertSameAsFullCheck(pipeline, memory, live, "broken link", PRACTICE);
        assertTrue(has(broken, ProblemCode.LINK_BROKEN, PRACTICE), "the broken link is reported: " + broken);

        FixtureSites.edit(source, PRACTICE, text -> text.replace(BROKEN, ""));
        List<Problem> fixed = assertSameAsFullCheck(pipeline, memory, live, "link fixed", PRACTICE);
        assertTrue(!has(fixed, ProblemCode.LINK_BROKEN, PRACTICE), "the fixed link is not reported: " + fixed);

        FixtureSites.edit(source, PRACTICE, text -> text.replace("verwant: [geldcoach]", "verwant: [bestaat-niet]"));
        List<Problem> unknown = assertSameAsFullCheck(pipeline, memory, live, "unknown practice", PRACTICE);
        assertTrue(has(unknown, ProblemCode.REFERENCE_UNKNOWN, PRACTICE), "the reference is reported: " + unknown);

        FixtureSites.edit(source, PRACTICE, text -> text.replace("verwant: [bestaat-niet]", "verwant: [geldcoach]"));
        List<Problem> known = assertSameAsFullCheck(pipeline, memory, live, "practice known again", PRACTICE);
        assertTrue(!has(known, ProblemCode.REFERENCE_UNKNOWN, PRACTICE), "the reference is fine: " + known);

        Files.move(source.resolve(CHAPTER), source.resolve(MOVED));
        List<Problem> moved = assertSameAsFullCheck(pipeline, memory, live, "link target renamed", CHAPTER, MOVED);
        assertTrue(has(moved, ProblemCode.LINK_BROKEN, PRACTICE), "the unchanged link is broken now: " + moved);

        Files.move(source.resolve(MOVED), source.resolve(CHAPTER));
        List<Problem> back = assertSameAsFullCheck(pipeline, memory, live, "renamed back", CHAPTER, MOVED);
        assertTrue(!has(back, ProblemCode.LINK_BROKEN, PRACTICE), "the link works again: " + back);
    }

    private static List<Problem> assertSameAsFullCheck(
            SitePipeline pipeline, BuildMemory memory, BuildOptions live, String what, String... changed)
            throws Exception {
        memory.watched(Arrays.asList(changed)); // as the preview does: only these paths of content/ are looked at
        List<Problem> incremental = pipeline.preview(live, memory, Set.of()).problems();
        List<Problem> full = pipeline.check(live).problems();
        assertEquals(full, incremental, what + ": the problems of a full check");
        return incremental;
    }

    private static boolean has(List<Problem> problems, ProblemCode code, String path) {
        return problems.stream().anyMatch(p -> p.code() == code && p.path().equals(path));
    }
}
