package nl.kennisbank.preview;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.BuildMemory;
import nl.kennisbank.site.BuildReport;
import nl.kennisbank.site.SearchRefresh;
import nl.kennisbank.site.SitePipeline;

/**
 * After a partial build, the search index and related practices follow a few seconds later: a quiet moment
 * ({@link #DELAY_MILLIS}, so a burst of saves costs one refresh), then they are computed on a thread of their own
 * while the preview keeps serving and building; the preview loop applies the result when it is ready and the site
 * has not changed since (else it is dropped and prepared again for the newer state).
 */
final class SearchInBackground implements AutoCloseable {

    static final long DELAY_MILLIS = 2_000;
    static final long POLL_MILLIS = 200;

    private final SitePipeline pipeline;
    private final BuildMemory memory;
    private final long delayMillis;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zoeken-bijwerken");
        t.setDaemon(true);
        return t;
    });
    /**
     * Where the refresh runs: one worker, so its parallel streams stay on it and leave the other cores to the next
     * save's build (on two cores, a refresh using both made a save wait seconds at 5,000 documents).
     */
    private final ForkJoinPool oneCore = new ForkJoinPool(
            1,
            pool -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("zoeken-bijwerken-werk");
                t.setDaemon(true);
                return t;
            },
            null,
            false);

    private Future<SearchRefresh> pending;
    private Path output;

    SearchInBackground(SitePipeline pipeline, BuildMemory memory, long delayMillis) {
        this.pipeline = pipeline;
        this.memory = memory;
        this.delayMillis = delayMillis;
    }

    boolean pending() {
        return pending != null;
    }

    /** Prepares a refresh of the state just published, replacing any earlier one. */
    void schedule(Path output) {
        cancel();
        this.output = output;
        pending = thread.submit(() -> {
            Thread.sleep(delayMillis);
            SearchRefresh refresh = onOneCore(output);
            if (refresh != null && Thread.currentThread().isInterrupted()) { // cancelled while it worked
                refresh.close();
                return null;
            }
            return refresh;
        });
    }

    private SearchRefresh onOneCore(Path output) throws Exception {
        CompletableFuture<SearchRefresh> work = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return pipeline.prepareSearchRefresh(memory, output);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                oneCore);
        try {
            return work.get();
        } catch (
                InterruptedException
                        e) { // cancelled: the work cannot be stopped halfway; what it prepares is removed when it ends
            work.thenAccept(refresh -> {
                if (refresh != null) {
                    try {
                        refresh.close();
                    } catch (java.io.IOException ignored) {
                        // a scratch folder left in the temporary folder; nothing is served from it
                    }
                }
            });
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Drops the refresh in preparation (a full build makes its own index). */
    void cancel() {
        if (pending == null) {
            return;
        }
        Future<SearchRefresh> dropped = pending;
        pending = null;
        if (!dropped.cancel(true)) { // already done: remove what it prepared
            closeQuietly(dropped);
        }
    }

    /**
     * Applies the refresh when it is ready.
     *
     * @return the report of the partial build that applied it; empty when not ready, stale (then prepared again) or
     *         nothing to refresh
     */
    Optional<BuildReport> takeReady(BuildOptions options) throws InterruptedException {
        if (pending == null || !pending.isDone()) {
            return Optional.empty();
        }
        Future<SearchRefresh> done = pending;
        pending = null;
        SearchRefresh refresh;
        try {
            refresh = done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (refresh == null) {
            return Optional.empty();
        }
        try {
            BuildReport report = pipeline.applySearchRefresh(options, memory, refresh);
            if (report == null) {
                schedule(output);
            }
            return Optional.ofNullable(report);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void closeQuietly(Future<SearchRefresh> done) {
        try {
            SearchRefresh refresh = done.get();
            if (refresh != null) {
                refresh.close();
            }
        } catch (Exception e) {
            // a failed or interrupted refresh has nothing to clean up beyond what prepare removed itself
        }
    }

    @Override
    public void close() {
        cancel();
        thread.shutdownNow();
        oneCore.shutdownNow();
    }
}
