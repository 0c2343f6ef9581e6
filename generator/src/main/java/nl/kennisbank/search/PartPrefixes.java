package nl.kennisbank.search;

import java.util.Collection;

/**
 * For {@link CompoundSplitter}: the first {@code minPart} characters of every compound part in the dictionary, each
 * with the length of its longest part. A split tries every start of a word with every part length; most starts
 * begin no part at all, so one probe here rules a start out instead of a dictionary lookup per length, and the
 * lengths tried stop at the longest part that can start there. Immutable; shared by the chain's threads.
 */
final class PartPrefixes {

    /** Prefixes packed into a long, 16 bits per character; 0 marks a free slot (no part starts with 0 chars). */
    private final long[] keys;

    private final int[] longest;
    private final int length;
    /** The longest part whose prefix is all zero characters (the one key a slot cannot hold); 0 when none. */
    private final int zeroLongest;

    /**
     * @param parts   the dictionary's parts
     * @param minPart the shortest part a split uses, at most 4: the prefix length
     * @param maxPart the longest part a split uses
     */
    PartPrefixes(Collection<String> parts, int minPart, int maxPart) {
        if (minPart < 1 || minPart > 4) {
            throw new IllegalArgumentException("prefixes of 1 to 4 characters, not " + minPart);
        }
        this.length = minPart;
        int capacity = Integer.highestOneBit(Math.max(4, parts.size() * 4 - 1));
        this.keys = new long[capacity];
        this.longest = new int[capacity];
        int zero = 0;
        for (String part : parts) {
            if (part.length() < minPart || part.length() > maxPart) {
                continue; // never matched by a split
            }
            long key = key(part.toCharArray(), 0);
            if (key == 0) {
                zero = Math.max(zero, part.length());
                continue;
            }
            int slot = slot(key);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            keys[slot] = key;
            longest[slot] = Math.max(longest[slot], part.length());
        }
        this.zeroLongest = zero;
    }

    /** The length of the longest part that begins with {@code chars[start, start + minPart)}; 0 when none does. */
    int longestAt(char[] chars, int start) {
        long key = key(chars, start);
        if (key == 0) {
            return zeroLongest;
        }
        for (int slot = slot(key); keys[slot] != 0; slot = (slot + 1) & (keys.length - 1)) {
            if (keys[slot] == key) {
                return longest[slot];
            }
        }
        return 0;
    }

    private long key(char[] chars, int start) {
        long key = 0;
        for (int i = 0; i < length; i++) {
            key = key << 16 | chars[start + i];
        }
        return key;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (keys.length - 1);
    }
}
