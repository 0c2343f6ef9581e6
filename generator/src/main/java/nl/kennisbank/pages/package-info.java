/**
 * The page records: per page type of the knowledge base, the one record its template reads as {@code content}
 * (with {@link nl.kennisbank.pages.PageFrame}, which every page has, and {@link nl.kennisbank.pages.DocumentText}
 * for pages made from a document). A record is the whole contract between the build and a template: a name that
 * is not one of its components is a template error, and renaming a component fails the build instead of leaving
 * a page silently empty. Plain data: this package depends on nothing else of the generator.
 */
package nl.kennisbank.pages;
