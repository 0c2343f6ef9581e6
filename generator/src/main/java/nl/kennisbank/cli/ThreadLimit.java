package nl.kennisbank.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a command's work on a pool of {@code --threads} threads: every parallel step of the build (parallel streams,
 * the index writers) then uses at most that many, not every core of the machine.
 */
final class ThreadLimit {

    private ThreadLimit() {}

    /**
     * The work's result, or what it threw, as it threw it (the pool's own {@code get} may hand a copy of an
     * exception made on another thread).
     */
    static <T> T run(int threads, Callable<T> work) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        try {
            T result = pool.submit(() -> {
                        try {
                            return work.call();
                        } catch (Throwable t) {
                            thrown.set(t);
                            return null;
                        }
                    })
                    .join();
            Throwable t = thrown.get();
            if (t instanceof Exception x) {
                throw x;
            }
            if (t instanceof Error x) {
                throw x;
            }
            return result;
        } finally {
            pool.shutdown();
        }
    }
}
