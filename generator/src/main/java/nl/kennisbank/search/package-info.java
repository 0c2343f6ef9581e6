/**
 * Dutch search, with all language work done by Lucene at build time: one declared analysis chain
 * ({@link nl.kennisbank.search.DutchAnalysis}), an in-memory Lucene index scored with BM25 and field weights, and a
 * static index written into the site (lexicon shards, tiered postings with quantised impacts, facets, per-document
 * snippets) that a small browser module reads. Related practices come from
 * more-like-this queries that choose the words Lucene's MoreLikeThis chooses, with document frequencies read once.
 */
package nl.kennisbank.search;
