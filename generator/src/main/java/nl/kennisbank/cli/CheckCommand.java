package nl.kennisbank.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.BuildReport;
import nl.kennisbank.site.SitePipeline;
import nl.kennisbank.site.search.SearchStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kennisbank check}: validation only, writes nothing. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description =
                "Controleert alle inhoud (kopblokken, vocabulaires, links, afbeeldingen) zonder iets te schrijven.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions options;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "MAP",
            description =
                    "De map van de site die build maakt; check kijkt alleen of een afgebroken build daar iets heeft achtergelaten. Standaard: target/site in de bronmap.")
    private Path output;

    @Option(
            names = "--format",
            paramLabel = "VORM",
            defaultValue = "text",
            description =
                    "text (standaard): een regel per probleem. json: alle problemen als JSON op stdout, voor CI en editors.")
    private Format format;

    @Mixin
    private PreviousSitemapOption previous;

    @Spec
    private CommandSpec spec;

    /** How problems are reported. */
    enum Format {
        text,
        json
    }

    @Override
    public Integer call() throws Exception {
        Path source = options.source(spec);
        BuildOptions build = new BuildOptions(
                source,
                output != null ? output : source.resolve("target/site"),
                java.util.Optional.empty(),
                options.drafts,
                1,
                options.today(),
                previous.file());
        BuildReport report = new SitePipeline(SearchStage.NONE).check(build);
        if (format == Format.json) {
            spec.commandLine().getOut().println(JsonReport.of(report));
            spec.commandLine().getOut().flush();
            return report.succeeded() ? ExitCodes.OK : ExitCodes.CONTENT_PROBLEMS;
        }
        ReportPrinter printer = new ReportPrinter(
                spec.commandLine().getOut(), spec.commandLine().getErr());
        printer.problems(report);
        if (options.verbose) {
            printer.stages(report);
        }
        spec.commandLine()
                .getOut()
                .println((report.succeeded() ? "In orde: " : "Niet in orde: ") + report.documentsRead()
                        + " documenten gecontroleerd in " + ReportPrinter.seconds(report.totalMillis()) + ".");
        return report.succeeded() ? ExitCodes.OK : ExitCodes.CONTENT_PROBLEMS;
    }
}
