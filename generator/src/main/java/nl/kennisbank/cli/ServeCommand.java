package nl.kennisbank.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.preview.Preview;
import nl.kennisbank.site.Searches;
import nl.kennisbank.site.SitePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kennisbank serve}: live preview for editors. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Toont de site op http://localhost:8080/ en bouwt opnieuw zodra je een bestand opslaat.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions options;

    @Option(names = {"-p", "--port"}, paramLabel = "POORT", description = "Poort op localhost. Standaard: ${DEFAULT-VALUE}.", defaultValue = "8080")
    private int port;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path output = options.source.resolve("target/voorbeeld");
        BuildOptions build = new BuildOptions(options.source, output, Optional.empty(), options.drafts, Runtime.getRuntime().availableProcessors(), options.today());
        new Preview(new SitePipeline(Searches.forSite(build.source())), spec.commandLine().getOut()).run(build, port);
        return ExitCodes.OK;
    }
}
