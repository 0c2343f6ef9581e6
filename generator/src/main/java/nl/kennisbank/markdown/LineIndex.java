package nl.kennisbank.markdown;

import java.util.Arrays;

/** Line and column of a character offset, by binary search over line starts (flexmark's own lookup rescans the text). */
final class LineIndex {

    private final int[] starts;

    LineIndex(String text) {
        int[] found = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /** 1-based line of an offset. */
    int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of an offset. */
    int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }
}
