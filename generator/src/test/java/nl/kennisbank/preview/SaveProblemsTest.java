package nl.kennisbank.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.ProblemCode;
import org.junit.jupiter.api.Test;

/** After a save, serve prints what the save caused, not every warning of the site again. */
class SaveProblemsTest {

    private static final Problem OLD_WARNING_A = ProblemCode.BRONNEN_MISSING.at(new Location("content/a.md", 2, 1));
    private static final Problem OLD_WARNING_B = ProblemCode.BRONNEN_MISSING.at(new Location("content/b.md", 2, 1));
    private static final Problem OLD_WARNING_C = ProblemCode.BRONNEN_MISSING.at(new Location("content/c.md", 2, 1));
    private static final Problem NEW_ERROR_ELSEWHERE =
            ProblemCode.LINK_BROKEN.at(new Location("content/c.md", 7, 3), "../x.md", "x.md", ".");

    @Test
    void theFirstBuildPrintsEveryProblemAndASaveOnlyItsOwnFileNewProblemsAndErrors() {
        SaveProblems printed = new SaveProblems();
        assertEquals(
                List.of(OLD_WARNING_A.format(), OLD_WARNING_B.format(), OLD_WARNING_C.format()),
                printed.lines(List.of(OLD_WARNING_A, OLD_WARNING_B, OLD_WARNING_C), List.of()));

        assertEquals(
                List.of(
                        OLD_WARNING_A.format(),
                        "En 2 waarschuwingen in 2 andere bestanden, al van voor deze wijziging (alle problemen: ./kennisbank check)."),
                printed.lines(List.of(OLD_WARNING_A, OLD_WARNING_B, OLD_WARNING_C), List.of("content/a.md")));

        assertEquals(
                List.of(
                        OLD_WARNING_A.format(),
                        NEW_ERROR_ELSEWHERE.format(),
                        "En 1 waarschuwing in 1 ander bestand, al van voor deze wijziging (alle problemen: ./kennisbank check)."),
                printed.lines(List.of(OLD_WARNING_A, OLD_WARNING_C, NEW_ERROR_ELSEWHERE), List.of("content/a.md")),
                "a new error in another file is printed, and the warning that went away is not counted");

        assertEquals(
                List.of(
                        NEW_ERROR_ELSEWHERE.format(),
                        "En 2 waarschuwingen in 2 andere bestanden, al van voor deze wijziging (alle problemen: ./kennisbank check)."),
                printed.lines(List.of(OLD_WARNING_A, OLD_WARNING_C, NEW_ERROR_ELSEWHERE), List.of("content/b.md")),
                "an error is printed on every build until it is fixed");
    }
}
