package nl.kennisbank.site;

import java.nio.file.Path;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.problems.BuildFailedException;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.site.source.SourceFolders;

/**
 * What every build checks around its stages: whether the site is a JBake-format site, that the output lies outside
 * the source folders, how the output folder is named in problems, and when problems stop the build.
 */
final class StageGuards {

    private StageGuards() {}

    /** The site's settings when it is a JBake-format site (no schema.yml), else null; an unreadable configuration is reported later. */
    static nl.kennisbank.jbake.JBakeSettings jbakeFormat(BuildOptions options) {
        try {
            nl.kennisbank.jbake.JBakeSettings settings = nl.kennisbank.jbake.JBakeSettings.load(options.source());
            return settings.isKnowledgeBase() ? null : settings;
        } catch (nl.kennisbank.jbake.JBakeSettings.Unreadable e) {
            return null;
        }
    }

    /** The output folder as problems name it: relative to the source when inside it, else as given. */
    static nl.kennisbank.problems.Location outputLocation(BuildOptions options) {
        Path out = options.output().toAbsolutePath().normalize();
        Path src = options.source().toAbsolutePath().normalize();
        return nl.kennisbank.problems.Location.file(
                out.startsWith(src) ? src.relativize(out).toString().replace('\\', '/') : out.toString());
    }

    /** @throws IllegalStateException when the output lies in content/, templates/, assets/ or data/ */
    static void outputOutsideSourceFolders(BuildOptions options) {
        nl.kennisbank.jbake.JBakeSettings settings;
        try {
            settings = nl.kennisbank.jbake.JBakeSettings.load(options.source());
        } catch (IllegalArgumentException e) {
            return; // an unreadable jbake.properties is reported by the load stage
        }
        new SourceFolders(settings).checkOutput(options.output());
    }

    /** Configuration errors stop at once; content errors first go on to validation, so editors see them all. */
    static void stopOnConfigErrors(Problems problems) throws BuildFailedException {
        if (problems.sorted().stream()
                .anyMatch(p -> p.isError() && p.code().code().startsWith("CONFIG_"))) {
            throw new BuildFailedException("load");
        }
    }

    static void stopOnErrors(Problems problems, String stage) throws BuildFailedException {
        if (problems.hasErrors()) {
            throw new BuildFailedException(stage);
        }
    }
}
