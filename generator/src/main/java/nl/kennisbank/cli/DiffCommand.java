package nl.kennisbank.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kennisbank.publish.Manifest;
import nl.kennisbank.publish.ManifestDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kennisbank diff OUD NIEUW}: what a build adds, changes and removes, from two sites' manifest.txt. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description =
                "Vergelijkt twee manifesten (manifest.txt van twee builds) en toont welke bestanden erbij komen (+), veranderen (~) en verdwijnen (-).")
final class DiffCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "OUD",
            description = "manifest.txt van de vorige build (bijvoorbeeld van de gepubliceerde site).")
    private Path old;

    @Parameters(index = "1", paramLabel = "NIEUW", description = "manifest.txt van de nieuwe build.")
    private Path now;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Manifest before;
        Manifest after;
        try {
            before = read(old);
            after = read(now);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("fout: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ManifestDiff.between(before, after).lines().forEach(spec.commandLine().getOut()::println);
        return ExitCodes.OK;
    }

    private static Manifest read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(
                    "het manifest " + file
                            + " bestaat niet. Geef het pad naar manifest.txt in een gebouwde site, bijvoorbeeld target/site/manifest.txt.");
        }
        return Manifest.read(file);
    }
}
