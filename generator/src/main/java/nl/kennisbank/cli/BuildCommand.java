package nl.kennisbank.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.BuildReport;
import nl.kennisbank.site.SitePipeline;
import nl.kennisbank.site.search.Searches;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kennisbank build}: the whole site into the output folder, replaced only when everything succeeded. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Bouwt de site. De vorige site blijft staan als er iets misgaat.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions options;

    @Mixin
    private PreviousSitemapOption previous;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "MAP",
            description = "Waar de site komt. Standaard: target/site in de bronmap.")
    private Path output;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Het adres waar de site komt te staan, voor canonieke links, feed en sitemap.")
    private String baseUrl;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description =
                    "Hoeveel threads de bouw tegelijk gebruikt (1 tot 256). Standaard: het aantal processorkernen.",
            defaultValue = "${sys:kennisbank.threads:-0}")
    private int threads;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path source = options.source(spec);
        if (baseUrl != null && !baseUrl.matches("https?://[^/\\s]+.*")) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--base-url '" + baseUrl
                            + "' is geen volledig webadres. Geef het adres waar de site komt te staan, zoals https://kennisbank.example.nl/.");
        }
        Path out = output != null ? output : source.resolve("target/site");
        if (threads > 256) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--threads " + threads + " is te veel. Geef een aantal van 1 tot 256, of laat de optie weg.");
        }
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        BuildOptions build = new BuildOptions(
                source, out, Optional.ofNullable(baseUrl), options.drafts, n, options.today(), previous.file());
        BuildReport report;
        try {
            report = ThreadLimit.run(n, () -> new SitePipeline(Searches.forSite(build.source())).build(build));
        } catch (nl.kennisbank.publish.OutputFolder.Refused e) {
            spec.commandLine().getErr().println("fout: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ReportPrinter printer = new ReportPrinter(
                spec.commandLine().getOut(), spec.commandLine().getErr());
        printer.problems(report);
        if (options.verbose) {
            printer.stages(report);
        }
        if (!report.succeeded()) {
            spec.commandLine()
                    .getOut()
                    .println("Niet gebouwd: " + report.errors() + " fout(en). De vorige site in " + build.output()
                            + " is niet veranderd.");
            boolean config = report.problems().stream()
                    .anyMatch(p -> p.isError() && p.code().code().startsWith("CONFIG_"));
            return config ? ExitCodes.USAGE : ExitCodes.CONTENT_PROBLEMS;
        }
        spec.commandLine()
                .getOut()
                .println("Gebouwd: " + report.documentsRead() + " documenten gelezen, " + report.pagesWritten()
                        + " pagina's geschreven, " + report.filesCopied() + " bestanden gekopieerd in "
                        + ReportPrinter.seconds(report.totalMillis())
                        + " → " + build.output());
        return ExitCodes.OK;
    }
}
