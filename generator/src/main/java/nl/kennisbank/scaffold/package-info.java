/**
 * {@code kennisbank new}: starts a practice, guide or chapter from the same schema that validation uses, so a new
 * file has every required field (filled in, or marked {@code INVULLEN} where only the editor knows the answer)
 * and every optional field as a commented example with its Dutch explanation. Never overwrites a file.
 */
package nl.kennisbank.scaffold;
