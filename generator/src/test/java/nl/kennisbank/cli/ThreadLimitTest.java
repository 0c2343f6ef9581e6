package nl.kennisbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThreadLimitTest {

    @Test
    void parallelWorkUsesNoMoreThreadsThanAsked() throws Exception {
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        int sum = ThreadLimit.run(
                1,
                () -> IntStream.range(0, 10_000)
                        .parallel()
                        .peek(i -> used.add(Thread.currentThread()))
                        .sum());
        assertEquals(49_995_000, sum);
        assertEquals(1, used.size(), "threads used: " + used);
    }

    @Test
    void whatTheWorkThrowsReachesTheCommandAsItWasThrown() {
        IOException disk = new IOException("schijf vol");
        assertSame(
                disk,
                assertThrows(
                        IOException.class,
                        () -> ThreadLimit.run(2, () -> {
                            throw disk;
                        })));
        StackOverflowError deep = new StackOverflowError();
        assertSame(
                deep,
                assertThrows(
                        StackOverflowError.class,
                        () -> ThreadLimit.run(2, () -> {
                            throw deep;
                        })));
    }
}
