package nl.kennisbank.search;

/** What the index writer wrote: counts and bytes on disk. */
public record IndexReport(int documents, int terms, int words, int files, long bytes) {}
