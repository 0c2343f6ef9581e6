package nl.kennisbank.site.assemble;

/**
 * An object compared by identity: an unchanged file keeps its document object, and the preview's memory asks
 * "the very same object?", never "an equal one?".
 */
public record Same(Object value) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Same other && other.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
