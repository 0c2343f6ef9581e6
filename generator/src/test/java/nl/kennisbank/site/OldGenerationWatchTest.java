package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import org.junit.jupiter.api.Test;

class OldGenerationWatchTest {

    @Test
    void aFullCollectionOnceTheOldGenerationHoldsAQuarterMoreThanItKept() {
        assertEquals(OldGenerationWatch.FLOOR, OldGenerationWatch.threshold(0));
        assertEquals(OldGenerationWatch.FLOOR, OldGenerationWatch.threshold(50L << 20));
        assertEquals(500L << 20, OldGenerationWatch.threshold(400L << 20));
    }

    @Test
    void closingTheWatchLeavesNoThresholdBehind() {
        try (OldGenerationWatch watch = OldGenerationWatch.start()) {
            if (watch != null) { // collectors without a watchable old generation give no watch
                watch.collect();
            }
        }
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.isUsageThresholdSupported()) {
                assertEquals(0, p.getUsageThreshold(), p.getName());
            }
        }
    }
}
