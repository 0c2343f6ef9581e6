/**
 * The assemble stage's page builders: from the validated site to one typed page record per page (documents,
 * browse pages, finder, overviews, the map, print pages), the values every template sees, linked data and the
 * open data downloads. Builds the records of {@link nl.kennisbank.pages}; uses the validated site
 * ({@code site.validate}) and the source ({@code site.source}), never the search or the orchestration.
 */
package nl.kennisbank.site.assemble;
