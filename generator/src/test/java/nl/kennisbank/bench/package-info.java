/**
 * Benchmark support (not tests): a synthetic Dutch corpus in both our content model and Hugo's, so the
 * generator can be measured side by side with Hugo and Pagefind on the same pages (see bench/run.sh).
 */
package nl.kennisbank.bench;
