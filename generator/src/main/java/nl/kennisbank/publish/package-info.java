/**
 * What makes a built site safe to publish and cheap to cache: the output folder that is staged and swapped in
 * only when a build succeeded (and repaired after an interrupted swap), the preview's live output, the data files
 * written beside the pages, content-hashed names for stylesheets and scripts, the search index in a folder named
 * after its content, a header file for hosts that read one, and a manifest of every output file with its hash, so
 * two builds can be compared ({@code kennisbank diff}). Works on files and folders only: it knows no document,
 * page or stage.
 */
package nl.kennisbank.publish;
