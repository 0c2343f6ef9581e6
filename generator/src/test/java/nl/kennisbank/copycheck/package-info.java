/**
 * Checks that the knowledge base is written in its own words: no content file may share a run of eight or more
 * words, or a sentence that is nearly the same, with the source documents it was written from
 * ({@code shared/sources/} beside the repository). {@link nl.kennisbank.copycheck.SourceOverlap} also runs on its
 * own ({@code java generator/src/test/java/nl/kennisbank/copycheck/SourceOverlap.java}) to count the overlaps.
 */
package nl.kennisbank.copycheck;
