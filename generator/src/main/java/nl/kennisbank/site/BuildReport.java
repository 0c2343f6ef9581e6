package nl.kennisbank.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.problems.Problem;

/**
 * What a build or check did: counts, the time each stage took, and every problem found.
 *
 * @param stageMillis    milliseconds per stage (wall time), in the order the stages ran
 * @param stageCpuMillis CPU milliseconds of the whole process per stage (-1 where the JVM cannot tell)
 */
public record BuildReport(
        int documentsRead,
        int pagesWritten,
        int filesCopied,
        Map<String, Long> stageMillis,
        Map<String, Long> stageCpuMillis,
        List<Problem> problems,
        boolean succeeded) {

    public BuildReport {
        stageMillis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
        stageCpuMillis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageCpuMillis));
        problems = List.copyOf(problems);
    }

    public long totalMillis() {
        return stageMillis.values().stream().mapToLong(Long::longValue).sum();
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }
}
