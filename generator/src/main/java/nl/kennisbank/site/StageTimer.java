package nl.kennisbank.site;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kennisbank.problems.BuildFailedException;

/** Measures stages in the order they run: wall time, and the CPU time of the whole process. */
final class StageTimer {
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final Map<String, Long> cpuMillis = new LinkedHashMap<>();
    private final java.lang.management.OperatingSystemMXBean os =
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    interface Stage<T> {
        T run() throws Exception;
    }

    <T> T time(String name, Stage<T> stage) throws IOException, InterruptedException, BuildFailedException {
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        try {
            return stage.run();
        } catch (IOException | InterruptedException | BuildFailedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            millis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
            long cpuEnd = cpuNanos();
            cpuMillis.merge(
                    name,
                    cpuStart < 0 || cpuEnd < 0 ? -1 : (cpuEnd - cpuStart) / 1_000_000,
                    (a, b) -> a < 0 || b < 0 ? -1 : a + b);
        }
    }

    private long cpuNanos() {
        return os instanceof com.sun.management.OperatingSystemMXBean hotspot ? hotspot.getProcessCpuTime() : -1;
    }

    Map<String, Long> millis() {
        return millis;
    }

    Map<String, Long> cpuMillis() {
        return cpuMillis;
    }
}
