package nl.kennisbank.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.preview.Preview;
import nl.kennisbank.preview.PreviewUnavailableException;
import nl.kennisbank.site.SitePipeline;
import nl.kennisbank.site.search.Searches;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kennisbank serve}: live preview for editors. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Toont de site op http://localhost:8080/ en bouwt opnieuw zodra je een bestand opslaat.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions options;

    @Option(
            names = {"-p", "--port"},
            paramLabel = "POORT",
            description = "Poort op localhost. Standaard: ${DEFAULT-VALUE}.",
            defaultValue = "8080")
    private int port;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Poort " + port
                            + " bestaat niet. Kies een poort van 1 tot en met 65535, bijvoorbeeld --port 8081 (of 0 voor een vrije poort).");
        }
        Path source = options.source(spec);
        Path output = source.resolve("target/voorbeeld");
        // the preview always shows drafts, each with a "concept" banner; only build and check leave them out
        BuildOptions build = new BuildOptions(
                source, output, Optional.empty(), true, Runtime.getRuntime().availableProcessors(), options.today());
        try {
            new Preview(
                            new SitePipeline(Searches.forSite(build.source())),
                            spec.commandLine().getOut(),
                            options.verbose)
                    .run(build, port);
        } catch (PreviewUnavailableException e) {
            spec.commandLine().getErr().println("fout: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}
