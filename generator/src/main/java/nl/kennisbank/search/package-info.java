/**
 * Dutch search, with all language work done by Lucene at build time: one declared analysis chain
 * ({@link nl.kennisbank.search.DutchAnalysis}), an in-memory Lucene index scored with BM25 and field weights, and a
 * static index written into the site (lexicon shards, tiered postings with quantised impacts, facets, per-document
 * snippets) that a small browser module reads. Related practices score the words Lucene's MoreLikeThis would
 * choose for each practice as Lucene's BM25 would, summed from postings read once for the whole site.
 */
package nl.kennisbank.search;
