package nl.kennisbank.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.problems.Problem;

/**
 * What a build or check did: counts, the time each stage took, and every problem found.
 *
 * @param stageMillis milliseconds per stage, in the order the stages ran
 */
public record BuildReport(int documentsRead, int pagesWritten, int filesCopied, Map<String, Long> stageMillis,
                          List<Problem> problems, boolean succeeded) {

    public BuildReport {
        stageMillis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
        problems = List.copyOf(problems);
    }

    public long totalMillis() {
        return stageMillis.values().stream().mapToLong(Long::longValue).sum();
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }
}
