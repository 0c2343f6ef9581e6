/**
 * Markdown with flexmark-java: one parser and one renderer, built once and shared by all threads, with the
 * extensions chosen explicitly (tables, footnotes, autolinks, Dutch typographic quotes, heading ids). Our own
 * link rewriting follows flexmark's extension shape ({@link nl.kennisbank.markdown.SiteLinkExtension#create()},
 * typed options, an {@code internal} package). Rendered HTML passes an allow-list sanitiser before it is used.
 */
package nl.kennisbank.markdown;
