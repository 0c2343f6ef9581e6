package nl.kennisbank.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;

/**
 * Writers of separate files run side by side, one per core, in the order they were submitted; {@link #awaitAll}
 * returns when every one has finished and throws the first one's failure. What each writes does not depend on when it
 * runs, so the files are the same as one after another. Closing stops the threads (after a failure, what was not
 * started is not run).
 */
final class ConcurrentWriters implements AutoCloseable {

    /** A writer that returns what its caller needs afterwards. */
    interface Writer<T> {
        T write() throws IOException;
    }

    /** A writer with nothing to return. */
    interface VoidWriter {
        void write() throws IOException;
    }

    /** As many as the parallel steps around it use: the pool the build runs in ({@code --threads}), or every core. */
    private final ExecutorService threads = Executors.newFixedThreadPool(
            Math.max(
                    1,
                    ForkJoinTask.inForkJoinPool()
                            ? ForkJoinTask.getPool().getParallelism()
                            : Runtime.getRuntime().availableProcessors()),
            runnable -> {
                Thread t = new Thread(runnable, "index-writer");
                t.setDaemon(true);
                return t;
            });

    private final List<Future<?>> submitted = new ArrayList<>();

    <T> Future<T> submit(Writer<T> writer) {
        Future<T> future = threads.submit(writer::write);
        submitted.add(future);
        return future;
    }

    Future<Void> submit(VoidWriter writer) {
        return submit(() -> {
            writer.write();
            return null;
        });
    }

    /** Waits for every writer, then stops the threads; the first failure (in submission order) is thrown. */
    void awaitAll() throws IOException {
        try {
            IOException failure = null;
            for (Future<?> future : submitted) {
                try {
                    result(future);
                } catch (IOException e) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    /** A finished writer's result, its failure as an {@link IOException}. */
    static <T> T result(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the search index");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }
}
