package nl.kennisbank.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.config.SiteSettings;
import nl.kennisbank.content.StaticFileTypes;
import nl.kennisbank.jbake.JBakeSettings;
import nl.kennisbank.jbake.JBakeSite;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.publish.InterruptedSwap;
import nl.kennisbank.publish.Manifest;
import nl.kennisbank.publish.OutputFolder;
import nl.kennisbank.site.source.SourceFolders;

/**
 * The build of a JBake-format site (no {@code schema.yml}), as a list of stages: load (JBake's headers and engines)
 * → render (JBake's renderer and data model) → copy static files → publish. It shares the output folder's staging
 * and swap with the knowledge-base build; the house rules, typed pages and search index are not part of it.
 */
final class JBakeFormatBuild {

    private final BuildOptions options;
    private final JBakeSettings jbake;

    JBakeFormatBuild(BuildOptions options, JBakeSettings jbake) {
        this.options = options;
        this.jbake = jbake;
    }

    BuildReport check() throws IOException {
        Problems problems = new Problems();
        long start = System.nanoTime();
        JBakeSite.Content content = load(problems);
        return new BuildReport(
                content.documentCount(),
                0,
                0,
                Map.of("load", (System.nanoTime() - start) / 1_000_000),
                Map.of(),
                problems.sorted(),
                !problems.hasErrors());
    }

    BuildReport build() throws IOException, InterruptedException {
        Problems problems = new Problems();
        Map<String, Long> millis = new LinkedHashMap<>();
        long start = System.nanoTime();
        OutputFolder output = new OutputFolder(options.output());
        InterruptedSwap.Findings swap = output.recover();
        if (!swap.isEmpty()) {
            problems.report(
                    Location.file(options.output().toString()), ProblemCode.OUTPUT_SWAP_REPAIRED, swap.repaired());
        }
        output.checkReplaceable(options.source());
        new SourceFolders(jbake).checkOutput(options.output());
        JBakeSite.Content content = load(problems);
        millis.put("load", (System.nanoTime() - start) / 1_000_000);
        if (problems.hasErrors()) {
            return new BuildReport(content.documentCount(), 0, 0, millis, Map.of(), problems.sorted(), false);
        }
        Path staging = output.stage();
        try {
            start = System.nanoTime();
            int written = new JBakeSite(jbake, options.today()).render(content, staging, options.threads(), problems);
            millis.put("render", (System.nanoTime() - start) / 1_000_000);
            if (problems.hasErrors()) {
                return new BuildReport(content.documentCount(), written, 0, millis, Map.of(), problems.sorted(), false);
            }
            start = System.nanoTime();
            int copied = copyStatic(content, staging, problems);
            Manifest.of(staging, OutputFolder.MARKER).write(staging);
            output.publish(staging);
            staging = null;
            millis.put("publish", (System.nanoTime() - start) / 1_000_000);
            return new BuildReport(content.documentCount(), written, copied, millis, Map.of(), problems.sorted(), true);
        } finally {
            if (staging != null) {
                output.discard(staging);
            }
        }
    }

    private JBakeSite.Content load(Problems problems) throws IOException {
        SiteSettings settings = SourceLoading.settings(jbake, options, problems);
        new SourceFolders(jbake).checkInside(options.source(), problems);
        return new JBakeSite(jbake, options.today()).load(problems, settings.houseRules());
    }

    /** The asset folder, then the content folder's static files of a type safe to publish; never over a page. */
    private int copyStatic(JBakeSite.Content content, Path target, Problems problems) throws IOException {
        int copied = 0;
        for (String rel : new JBakeSite(jbake, options.today()).assets()) {
            copied += copy(jbake.assetFolder().resolve(rel), target, rel, relative(jbake.assetFolder()), problems);
        }
        SiteSettings settings = SourceLoading.settings(jbake, options, new Problems());
        StaticFileTypes types = new StaticFileTypes(settings.extraStaticTypes());
        String folder = relative(jbake.contentFolder());
        for (String rel : content.staticFiles()) {
            StaticFileTypes.Kind kind = types.classify(rel);
            if (kind == StaticFileTypes.Kind.PUBLISHED) {
                copied += copy(jbake.contentFolder().resolve(rel), target, rel, folder, problems);
            } else if (kind == StaticFileTypes.Kind.BACKUP) {
                problems.report(Location.file(folder + "/" + rel), ProblemCode.FILE_IGNORED_BACKUP);
            } else {
                String type = StaticFileTypes.extension(rel.substring(rel.lastIndexOf('/') + 1))
                        .toLowerCase(Locale.ROOT);
                problems.report(
                        Location.file(folder + "/" + rel),
                        ProblemCode.JBAKE_STATIC_REFUSED,
                        type.isEmpty() ? "zonder extensie" : type);
            }
        }
        return copied;
    }

    private static int copy(Path from, Path target, String rel, String folder, Problems problems) throws IOException {
        Path to = target.resolve(rel);
        if (Files.exists(to)) {
            problems.report(Location.file(folder + "/" + rel), ProblemCode.STATIC_OVER_GENERATED, rel, "een pagina");
            return 0;
        }
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
        return 1;
    }

    private String relative(Path folder) {
        Path root = options.source().toAbsolutePath().normalize();
        Path path = folder.toAbsolutePath().normalize();
        return path.startsWith(root) ? root.relativize(path).toString().replace('\\', '/') : path.toString();
    }
}
