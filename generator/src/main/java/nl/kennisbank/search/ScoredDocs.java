package nl.kennisbank.search;

import java.util.Arrays;

/** One term's (ordinal, score) pairs in one field, as {@link FieldScan} reads them, in arrays sized for all of them. */
final class ScoredDocs {

    final int[] docs;
    final float[] scores;
    int size;

    /** @param capacity the most pairs there can be: the term's document frequency */
    ScoredDocs(int capacity) {
        docs = new int[capacity];
        scores = new float[capacity];
    }

    void add(int doc, float score) {
        docs[size] = doc;
        scores[size++] = score;
    }

    int[] trimmedDocs() {
        return Arrays.copyOf(docs, size);
    }

    float[] trimmedScores() {
        return Arrays.copyOf(scores, size);
    }
}
