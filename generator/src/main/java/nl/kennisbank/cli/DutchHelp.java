package nl.kennisbank.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Puts picocli's own words in the help (headings, --help, --version, the help command) in Dutch, as the rest is. */
final class DutchHelp {

    private DutchHelp() {}

    static void apply(CommandLine cli) {
        CommandSpec spec = cli.getCommandSpec();
        spec.usageMessage()
                .synopsisHeading("Gebruik: ")
                .commandListHeading("%nOpdrachten:%n")
                .synopsisSubcommandLabel("[OPDRACHT]");
        for (OptionSpec option : List.copyOf(spec.options())) {
            String dutch = switch (option.longestName()) {
                case "--help" -> "Toon deze hulp en stop.";
                case "--version" -> "Toon het versienummer en stop.";
                default -> null;
            };
            if (dutch != null) {
                spec.remove(option);
                spec.addOption(option.toBuilder().description(dutch).build());
            }
        }
        if (spec.helpCommand()) {
            spec.usageMessage()
                    .header("Toont de hulp bij een opdracht.")
                    .description("Bijvoorbeeld: kennisbank help build.");
            for (PositionalParamSpec parameter : List.copyOf(spec.positionalParameters())) {
                spec.remove(parameter);
                spec.addPositional(parameter.toBuilder()
                        .paramLabel("OPDRACHT")
                        .description("De opdracht waarvan je de hulp wilt zien.")
                        .build());
            }
        }
        cli.getSubcommands().values().forEach(DutchHelp::apply);
    }

    /** A wrong command line: what is wrong in Dutch, a suggestion when there is one, and where the help is. */
    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        java.io.PrintWriter err = cli.getErr();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            err.println("fout: onbekende opdracht of optie: " + String.join(" ", unmatched.getUnmatched()) + ".");
            if (!unmatched.getSuggestions().isEmpty()) {
                err.println("Bedoel je: " + String.join(", ", unmatched.getSuggestions()) + "?");
            }
        } else if (e instanceof CommandLine.MissingParameterException missing) {
            for (var arg : missing.getMissing()) {
                String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
                err.println("fout: " + name + " heeft een waarde nodig (" + arg.paramLabel() + ").");
            }
        } else if (e.getArgSpec() instanceof OptionSpec option && e.getValue() != null) {
            err.println("fout: '" + e.getValue() + "' is geen geldige waarde voor " + option.longestName() + " ("
                    + option.paramLabel() + ").");
        } else {
            err.println("fout: " + e.getMessage());
        }
        err.println("Hulp: " + cli.getCommandSpec().qualifiedName() + " --help");
        return ExitCodes.USAGE;
    }
}
