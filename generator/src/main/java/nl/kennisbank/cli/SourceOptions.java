package nl.kennisbank.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class SourceOptions {

    @Option(
            names = {"-s", "--source"},
            paramLabel = "MAP",
            description = "Map van de site (met content/, templates/, data/). Standaard: de map waarin je nu staat.",
            defaultValue = ".")
    Path source;

    @Option(names = "--drafts", description = "Neem ook documenten met status 'concept' mee.")
    boolean drafts;

    @Option(
            names = {"-v", "--verbose"},
            description = "Toon de tijd per stap (en bij een interne fout de details).")
    boolean verbose;

    @Option(
            names = "--today",
            paramLabel = "JJJJ-MM-DD",
            description = "De datum van vandaag voor de controle op datums in de toekomst."
                    + " Standaard: KENNISBANK_TODAY, anders SOURCE_DATE_EPOCH, anders de klok.")
    java.time.LocalDate today;

    java.time.LocalDate today() {
        return nl.kennisbank.config.Today.resolve(java.util.Optional.ofNullable(today));
    }

    /** The source folder, which must exist: the same usage error (exit 2) from every command. */
    Path source(CommandSpec spec) {
        if (!Files.isDirectory(source)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "de bronmap " + source.toAbsolutePath().normalize()
                            + " bestaat niet of is geen map. Geef met --source de map van de site op (de map met content/ en jbake.properties).");
        }
        return source;
    }
}
