/** Implementation of the {@link nl.kennisbank.markdown.SiteLinkExtension}: the link resolver and its factory. */
package nl.kennisbank.markdown.internal;
