/**
 * The checks of the validate stage that look at the site as a whole: page structure, links and their targets,
 * document bodies, raw HTML, static files, pages that moved since the last published sitemap, and the URLs the
 * build generates itself. Their result is {@link nl.kennisbank.site.validate.ValidSite}, the site every later stage
 * reads. Uses the loaded source ({@code site.source}); never the page model, the search or publishing.
 */
package nl.kennisbank.site.validate;
