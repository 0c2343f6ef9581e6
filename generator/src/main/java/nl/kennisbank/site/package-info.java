/**
 * The build as a list of stages — load, validate, render Markdown, assemble, render pages, index, publish —
 * each returning a value or stopping the build with problems ({@link nl.kennisbank.site.SitePipeline}).
 * This package keeps only the orchestration: the stage list, the glue that runs each stage with the preview's
 * {@link nl.kennisbank.site.BuildMemory}, and the JBake-format build. What each stage does lives in the
 * subpackages ({@code source}, {@code validate}, {@code assemble}, {@code search}) and in
 * {@link nl.kennisbank.publish}; none of them depends on this package.
 */
package nl.kennisbank.site;
