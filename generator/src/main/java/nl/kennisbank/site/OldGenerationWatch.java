package nl.kennisbank.site;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * Keeps the old generation of a build's heap near the data the build holds, without a fixed limit (issue 13).
 *
 * <p>The serial collector, which the launcher picks, moves objects that survive a few young collections into the
 * old generation and, when they do not fit, grows that generation instead of collecting it: a full collection comes
 * only when the heap reaches its maximum (a quarter of the machine's memory). At 10,000 documents the old generation
 * grew to 1,069 MB before its first full collection, which left 462 MB. This watch asks for a full collection as
 * soon as the old generation holds a quarter more than it kept after the last one (at least {@link #FLOOR}), so the
 * heap follows the data: a larger site gets a larger heap, and never the out-of-memory error a fixed cap would give.
 * Measured at 10,000 documents (with the launcher's 128 MB young generation): a quarter more, 968 MiB peak RSS and
 * 17 full collections; half as much again, 1,062 MiB and 11; CPU time within noise of the build without the watch.
 */
final class OldGenerationWatch implements AutoCloseable {

    /** Below this the old generation is left alone: small sites never pay for a full collection. */
    static final long FLOOR = 128L << 20;

    private final MemoryPoolMXBean pool;
    private final NotificationEmitter emitter;
    private final NotificationListener listener = this::exceeded;

    private OldGenerationWatch(MemoryPoolMXBean pool) {
        this.pool = pool;
        this.emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        pool.setUsageThreshold(threshold(0));
        emitter.addNotificationListener(listener, null, null);
    }

    /**
     * A full collection now (a build calls this right after it let go of a large part of its data), and the
     * threshold of a running watch set from what it left.
     */
    void collect() {
        System.gc();
        reset();
    }

    /** A watch on the old generation, or null when the collector has none whose usage can be watched. */
    static OldGenerationWatch start() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP
                    && p.isUsageThresholdSupported()
                    && p.isCollectionUsageThresholdSupported()
                    && (p.getName().contains("Tenured") || p.getName().contains("Old"))) {
                return new OldGenerationWatch(p);
            }
        }
        return null;
    }

    /** A quarter more than the old generation kept after its last full collection, and at least the floor. */
    static long threshold(long kept) {
        return Math.max(FLOOR, kept + kept / 4);
    }

    private void exceeded(Notification n, Object handback) {
        if (!MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(n.getType())) {
            return;
        }
        collect();
    }

    private void reset() {
        java.lang.management.MemoryUsage after = pool.getCollectionUsage();
        pool.setUsageThreshold(threshold(after == null ? pool.getUsage().getUsed() : after.getUsed()));
    }

    @Override
    public void close() {
        try {
            emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
            // already gone
        }
        pool.setUsageThreshold(0);
    }
}
