/**
 * One small, dependency-free JSON writer shared by every stage that writes JSON (search index, problem reports,
 * preview status), so escaping and number formatting are decided once.
 */
package nl.kennisbank.json;
