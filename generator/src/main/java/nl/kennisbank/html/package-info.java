/**
 * HTML text escaping shared by every stage that writes HTML itself (Markdown text, redirect and notice pages, charts,
 * the web editor's page), so the escaping is decided once.
 */
package nl.kennisbank.html;
