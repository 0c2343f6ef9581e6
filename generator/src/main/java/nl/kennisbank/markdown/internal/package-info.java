/**
 * Implementation of the extensions in {@link nl.kennisbank.markdown}: the link resolver of the
 * {@link nl.kennisbank.markdown.SiteLinkExtension}, the quotation renderer and the plain text renderer.
 */
package nl.kennisbank.markdown.internal;
