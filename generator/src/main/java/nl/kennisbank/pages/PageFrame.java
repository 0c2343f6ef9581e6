package nl.kennisbank.pages;

import java.util.List;

/**
 * What every page of the knowledge base has, read by {@code layout.ftlh} and the shared macros.
 *
 * @param type        the page type (also the template's key in {@code jbake.properties})
 * @param url         site-relative, "" for home, ending in '/' (or the file name of a page such as {@code 404.html})
 * @param canonical   the absolute URL, "" when the site is built without a base URL
 * @param rootpath    the relative way back to the site root ("../" per folder level)
 * @param breadcrumbs from Home to this page, the last one without a URL
 * @param jsonLd      the page's schema.org JSON-LD text
 * @param toc         the table of contents of a long document page; empty otherwise
 * @param sourcePath  the source file ({@code content/…/x.md}) of a page made from a document; "" otherwise
 */
public record PageFrame(
        String type,
        String title,
        String url,
        String description,
        String canonical,
        String rootpath,
        List<Crumb> breadcrumbs,
        String jsonLd,
        List<TocEntry> toc,
        String sourcePath) {

    /** One step of the breadcrumb trail. */
    public record Crumb(String label, String url) {}

    /** One heading (level 2 or 3) in a page's table of contents. */
    public record TocEntry(int level, String id, String text) {}
}
