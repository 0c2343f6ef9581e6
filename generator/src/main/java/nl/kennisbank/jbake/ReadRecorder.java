package nl.kennisbank.jbake;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which names each page's template read while it rendered: top-level names ({@code content}, {@code tags}, …) and,
 * inside our {@code site} model, {@code site.<key>}. The preview re-renders a page only when something it read
 * has changed.
 */
public final class ReadRecorder {

    private final Map<String, Set<String>> reads = new ConcurrentHashMap<>();

    Set<String> forPage(String uri) {
        return reads.computeIfAbsent(uri, u -> ConcurrentHashMap.newKeySet());
    }

    /** The names read by the page at {@code uri} (empty if it was not rendered). */
    public Set<String> readBy(String uri) {
        Set<String> names = reads.get(uri);
        return names == null ? Set.of() : Set.copyOf(names);
    }
}
