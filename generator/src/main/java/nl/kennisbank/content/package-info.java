/**
 * Loading and validating the editors' content: reading {@code content/}, splitting YAML (or JBake-style)
 * front matter from Markdown, checking every field against the schema and vocabularies in {@code data/}, and
 * resolving links between documents. Everything here reports problems with a location instead of failing fast.
 */
package nl.kennisbank.content;
