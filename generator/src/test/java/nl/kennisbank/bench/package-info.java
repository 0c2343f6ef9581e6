/**
 * Benchmark support (not tests): a realistic Dutch corpus ({@link nl.kennisbank.bench.RealisticCorpus}, text from
 * {@link nl.kennisbank.bench.DutchProse}) in both our content model and Hugo's, so the generator can be measured
 * side by side with Hugo and Pagefind on the same pages (see bench/run.sh), and the bytes a cold search costs.
 */
package nl.kennisbank.bench;
