/**
 * Typed, immutable configuration: what the command line asked for ({@link nl.kennisbank.config.BuildOptions}) and
 * the site's own settings from {@code jbake.properties} ({@link nl.kennisbank.config.SiteSettings}), checked when
 * loaded — an unknown {@code kennisbank.*} key is an error, not a silent typo.
 */
package nl.kennisbank.config;
