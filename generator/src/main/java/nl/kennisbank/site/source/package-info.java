/**
 * The source site as the build reads it: the folders {@code jbake.properties} names, checked to lie inside the
 * site, and {@link nl.kennisbank.site.source.SiteSource}, everything loaded from them. The one value every later
 * stage starts from; it depends on no other stage.
 */
package nl.kennisbank.site.source;
