package nl.kennisbank.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.scaffold.NewDocument;
import nl.kennisbank.scaffold.Scaffolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kennisbank new}: a new practice, guide or chapter from the schema. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description =
                "Maakt een nieuw bestand met alle velden uit het schema. Een bestaand bestand blijft altijd zoals het is.",
        subcommands = {NewCommand.Practice.class, NewCommand.Guide.class, NewCommand.Chapter.class},
        footer = {
            "",
            "Voorbeeld: ./kennisbank new praktijkvoorbeeld \"Ontbijt op school\" --gemeente Zwolle --sector onderwijs"
        })
final class NewCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Zeg wat je wilt maken: praktijkvoorbeeld, handreiking of hoofdstuk.");
    }

    /** What every kind of new file shares: the title, the site folder, the slug and today's date. */
    static final class Common {
        @Parameters(index = "0", paramLabel = "TITEL", description = "De titel. De bestandsnaam wordt ervan gemaakt.")
        String title;

        @Option(
                names = "--slug",
                paramLabel = "NAAM",
                description = "Een andere bestandsnaam (kleine letters, cijfers en streepjes).")
        String slug;

        @Option(
                names = {"-s", "--source"},
                paramLabel = "MAP",
                defaultValue = ".",
                description = "Map van de site (met content/ en data/). Standaard: de map waarin je nu staat.")
        java.nio.file.Path source;

        @Option(
                names = "--today",
                paramLabel = "JJJJ-MM-DD",
                description = "De datum die in 'datum' komt. Standaard: vandaag.")
        java.time.LocalDate today;
    }

    static int create(
            CommandSpec spec,
            Common common,
            DocumentKind kind,
            List<String> sectors,
            List<String> gemeenten,
            String guide)
            throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Problems problems = new Problems();
        Scaffolder scaffolder = Scaffolder.forSite(
                common.source, nl.kennisbank.config.Today.resolve(Optional.ofNullable(common.today)), problems);
        if (problems.hasErrors()) {
            problems.sorted().forEach(p -> err.println(p.format()));
            err.println("Eerst deze fouten in het schema of de lijsten oplossen; er is niets gemaakt.");
            return ExitCodes.USAGE;
        }
        NewDocument request = new NewDocument(
                kind, common.title, Optional.ofNullable(common.slug), sectors, gemeenten, Optional.ofNullable(guide));
        return switch (scaffolder.create(request)) {
            case Scaffolder.Created created -> {
                spec.commandLine().getOut().println(created.file().toString().replace('\\', '/'));
                err.println("Gemaakt. Vul elke INVULLEN in en controleer daarna met: ./kennisbank check");
                yield ExitCodes.OK;
            }
            case Scaffolder.Refused refused -> {
                refused.reasons().forEach(r -> err.println("fout: " + r));
                err.println("Er is niets gemaakt.");
                yield ExitCodes.USAGE;
            }
        };
    }

    @Command(
            name = "praktijkvoorbeeld",
            mixinStandardHelpOptions = true,
            description = "Een nieuw praktijkvoorbeeld in content/praktijkvoorbeelden/, als concept.")
    static final class Practice implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(
                names = "--gemeente",
                paramLabel = "NAAM",
                description = "Gemeente waar het loopt (mag vaker). Den Haag en Den Bosch mogen ook.")
        List<String> gemeenten = List.of();

        @Option(names = "--sector", paramLabel = "ID", description = "Sector, zoals onderwijs of jgz (mag vaker).")
        List<String> sectors = List.of();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return create(spec, common, DocumentKind.PRAKTIJKVOORBEELD, sectors, gemeenten, null);
        }
    }

    @Command(
            name = "handreiking",
            mixinStandardHelpOptions = true,
            description = "Een nieuwe handreiking: een map in content/handreikingen/ met index.md.")
    static final class Guide implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(
                names = "--sector",
                required = true,
                paramLabel = "ID",
                description = "De sector van de handreiking, zoals onderwijs of jgz.")
        String sector;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return create(spec, common, DocumentKind.HANDREIKING, List.of(sector), List.of(), null);
        }
    }

    @Command(
            name = "hoofdstuk",
            mixinStandardHelpOptions = true,
            description = "Een nieuw hoofdstuk achteraan in een handreiking, met het volgende nummer.")
    static final class Chapter implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(
                names = "--handreiking",
                required = true,
                paramLabel = "NAAM",
                description = "De map van de handreiking, zoals onderwijs.")
        String guide;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return create(spec, common, DocumentKind.HOOFDSTUK, List.of(), List.of(), guide);
        }
    }
}
