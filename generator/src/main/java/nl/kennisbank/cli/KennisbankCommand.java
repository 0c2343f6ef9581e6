package nl.kennisbank.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kennisbank} command and its subcommands. */
@Command(
        name = "kennisbank",
        mixinStandardHelpOptions = true,
        version = "kennisbank 1.0",
        description = "Bouwt de Kennisbank Kinderarmoede: van Markdown in content/ naar een statische site.",
        subcommands = {
            BuildCommand.class,
            CheckCommand.class,
            ServeCommand.class,
            NewCommand.class,
            DiffCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.BUG,
        footer = {
            "",
            "Exitcodes: 0 = gelukt, 1 = problemen in de inhoud, 2 = verkeerd gebruik, instelling of schijf, 3 = fout in de generator.",
            "Voorbeeld: ./kennisbank build --base-url https://kennisbank.example.nl/"
        })
public final class KennisbankCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        LibraryLogging logging = LibraryLogging.quiet();
        CommandLine cli = newCommandLine();
        int code;
        try {
            code = cli.execute(args);
        } catch (
                Throwable
                        e) { // errors picocli lets through (StackOverflowError, OutOfMemoryError): still one line, exit
            // 3
            code = Failures.report(
                    e,
                    cli.getErr(),
                    java.util.Arrays.asList(args).contains("--verbose")
                            || java.util.Arrays.asList(args).contains("-v"));
        }
        java.lang.ref.Reference.reachabilityFence(logging);
        System.exit(code);
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new KennisbankCommand());
        DutchHelp.apply(cli);
        cli.setParameterExceptionHandler(DutchHelp::usageError);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.BUG);
        cli.setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> Failures.report(e, commandLine.getErr(), verbose(parseResult)));
        return cli;
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Geef een opdracht: build, check, serve, new of diff. Zie --help.");
    }
}
