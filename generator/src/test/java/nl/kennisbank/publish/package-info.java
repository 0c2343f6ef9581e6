/** Tests of hashed asset names, the search index's build folder, the manifest and its diff, and publishing from a sub-path. */
package nl.kennisbank.publish;
