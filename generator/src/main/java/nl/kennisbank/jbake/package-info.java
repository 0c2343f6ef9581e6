/**
 * The adapter to JBake 2.7: its configuration ({@code jbake.properties}), its {@code DocumentModel} and template
 * data model, its {@code Renderer} with feed, sitemap, index, tags and 404 rendering — driven over an in-memory
 * content store instead of OrientDB (which made stock JBake O(N²) and never starts here). This is the only
 * package that imports {@code org.jbake}; JBake's global state stays behind it.
 */
package nl.kennisbank.jbake;
