/**
 * What makes a built site safe to publish and cheap to cache: content-hashed names for stylesheets and scripts,
 * the search index in a folder named after its content, a header file for hosts that read one, and a manifest of
 * every output file with its hash, so two builds can be compared ({@code kennisbank diff}).
 */
package nl.kennisbank.publish;
