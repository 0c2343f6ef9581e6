/**
 * The build as a list of stages — load, validate, render Markdown, assemble, render pages, index, publish —
 * each returning a value or stopping the build with problems ({@link nl.kennisbank.site.SitePipeline}).
 * Also the site model the templates read, and publishing into a fresh folder that replaces the old site only
 * when everything succeeded.
 */
package nl.kennisbank.site;
