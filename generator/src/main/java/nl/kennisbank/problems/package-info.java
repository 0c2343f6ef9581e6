/**
 * Problems as data: every error or warning the build finds carries its file, line, column, a stable code and
 * a Dutch message that says how to fix it. Stages collect problems instead of logging and skipping them, so an
 * editor sees all of them at once.
 */
package nl.kennisbank.problems;
