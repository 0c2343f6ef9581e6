package nl.kennisbank.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class SourceOptions {

    @Option(names = {"-s", "--source"}, paramLabel = "MAP", description = "Map van de site (met content/, templates/, data/). Standaard: de map waarin je nu staat.",
            defaultValue = ".")
    Path source;

    @Option(names = "--drafts", description = "Neem ook documenten met status 'concept' mee.")
    boolean drafts;

    @Option(names = {"-v", "--verbose"}, description = "Toon de tijd per stap.")
    boolean verbose;
}
