/**
 * Benchmark support (not tests): a realistic Dutch corpus ({@link nl.kennisbank.bench.RealisticCorpus}, text from
 * {@link nl.kennisbank.bench.DutchProse}) in both our content model and Hugo's, so the generator can be measured
 * side by side with Hugo and Pagefind on the same pages (see bench/run.sh), and the bytes a cold search costs. With
 * the {@code jmh} Maven profile, {@code src/jmh/java} adds JMH benchmarks of the hot paths to this package
 * (bench/jmh.sh).
 */
package nl.kennisbank.bench;
