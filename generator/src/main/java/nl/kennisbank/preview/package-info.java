/**
 * Live preview for editors ({@code ./kennisbank serve}): builds the site, serves it on localhost, watches the
 * source and rebuilds on every change; open pages reload themselves, and a failed build shows its problems in
 * the page while the last good site stays served.
 */
package nl.kennisbank.preview;
