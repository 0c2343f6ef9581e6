/**
 * The index stage seen from the pipeline: {@link nl.kennisbank.site.search.SearchStage} and its Lucene
 * implementation, which turns the validated site and its rendered bodies into the documents
 * {@link nl.kennisbank.search} analyses and indexes. Uses the page builders' facets and cards
 * ({@code site.assemble}) so search labels match the pages.
 */
package nl.kennisbank.site.search;
