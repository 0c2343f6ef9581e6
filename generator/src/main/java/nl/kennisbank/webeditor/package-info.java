/**
 * The web editor at {@code /admin/}: Decap CMS (vendored from npm, see {@code vendor/decap/}) with a
 * {@code config.yml} generated from {@code data/schema.yml} and the vocabularies, so the browser form offers exactly
 * the fields, widgets, allowed values and required flags that {@code check} enforces, and a page with its own,
 * wider Content-Security-Policy that only {@code /admin/} carries.
 */
package nl.kennisbank.webeditor;
