package nl.kennisbank.jbake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.Problems;

/**
 * Renders pages in parallel, one task per page on a fixed pool, and reports each failure once: one template
 * mistake breaks many pages, so it is reported once, at the template line.
 */
public final class ParallelPages {

    private ParallelPages() {}

    public static <T> void render(List<T> pages, Function<T, Optional<Problem>> render, int threads, Problems problems)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Optional<Problem>>> results = new ArrayList<>();
            for (T page : pages) {
                results.add(pool.submit(() -> render.apply(page)));
            }
            Set<String> reported = new HashSet<>();
            for (Future<Optional<Problem>> result : results) {
                result.get()
                        .filter(p -> reported.add(p.path() + ":" + p.line() + ":" + p.column() + p.code()))
                        .ifPresent(problems::add);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("rendering crashed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
