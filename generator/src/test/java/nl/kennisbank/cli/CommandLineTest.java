package nl.kennisbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.kennisbank.site.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @Test
    void buildExitsZeroAndSummarisesOnStdout(@TempDir Path tmp) {
        CommandRun run = CommandRun.of(
                "build",
                "--source",
                FixtureSites.golden().toString(),
                "--output",
                tmp.resolve("site").toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Gebouwd: 7 documenten gelezen"), run.out());
        assertTrue(Files.exists(tmp.resolve("site/index.html")));
    }

    @Test
    void checkWritesNothingAndExitsZeroOnValidContent(@TempDir Path tmp) {
        Path site = tmp.resolve("copy");
        FixtureSites.copyTree(FixtureSites.golden(), site);
        CommandRun run = CommandRun.of("check", "--source", site.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("In orde: 7 documenten gecontroleerd"), run.out());
        assertTrue(Files.notExists(site.resolve("target")));
    }

    @Test
    void contentProblemsExitOneWithLocatedMessagesAndSummary(@TempDir Path tmp) {
        Path site = FixtureSites.invalidCase(
                FixtureSites.resources().resolve("invalid/unknown-vocabulary/site-files"), tmp);
        CommandRun run = CommandRun.of(
                "build",
                "--source",
                site.toString(),
                "--output",
                tmp.resolve("out").toString());
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run.exitCode());
        assertTrue(
                run.err()
                        .contains(
                                "content/praktijkvoorbeelden/typefout.md:5:12: error [VOCAB_UNKNOWN]: Onbekende sector 'onderwjs' in 'sectoren' — bedoel je 'onderwijs'?"),
                run.err());
        assertTrue(run.err().strip().endsWith("fout(en), 0 waarschuwing(en)."), run.err());
        assertTrue(run.out().startsWith("Niet gebouwd"), run.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CommandRun run = CommandRun.of("build", "--no-such-option");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("fout: onbekende opdracht of optie: --no-such-option."), run.err());
        assertTrue(run.err().contains("Hulp: kennisbank build --help"), run.err());
    }

    @Test
    void missingSubcommandIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CommandRun.of().exitCode());
    }

    @Test
    void helpListsTheCommandsInDutch() {
        CommandRun run = CommandRun.of("--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(
                run.out().contains("build")
                        && run.out().contains("check")
                        && run.out().contains("Exitcodes"),
                run.out());
        for (String english :
                java.util.List.of("Usage", "Commands", "Show this help", "Print version", "Display help")) {
            assertTrue(!run.out().contains(english), "picocli's English '" + english + "' in: " + run.out());
        }
    }

    @Test
    void unknownSettingInJbakePropertiesIsAConfigurationError(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("copy");
        FixtureSites.copyTree(FixtureSites.golden(), site);
        Files.writeString(
                site.resolve("jbake.properties"),
                "\nkennisbank.titel=Typfout\n",
                java.nio.file.StandardOpenOption.APPEND);
        CommandRun run = CommandRun.of(
                "build",
                "--source",
                site.toString(),
                "--output",
                tmp.resolve("out").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .contains(
                                "[CONFIG_UNKNOWN_KEY]: Onbekende instelling 'kennisbank.titel' — bedoel je 'kennisbank.title'?"),
                run.err());
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake(@TempDir Path tmp) throws Exception {
        Path foreign = tmp.resolve("belangrijk");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notities.txt"), "niet weggooien");
        CommandRun run =
                CommandRun.of("build", "--source", FixtureSites.golden().toString(), "--output", foreign.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("niet door kennisbank gemaakt"), run.err());
        assertEquals("niet weggooien", Files.readString(foreign.resolve("notities.txt")));
    }
}
