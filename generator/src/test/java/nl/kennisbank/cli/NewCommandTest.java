package nl.kennisbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.kennisbank.site.ExampleSite;
import nl.kennisbank.site.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kennisbank new}: files from the schema that pass {@code check}, never overwriting. */
class NewCommandTest {

    private static Path site(Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        FixtureSites.copyTree(FixtureSites.golden(), site);
        // the real municipality list, with its aliases (Den Haag, Den Bosch)
        for (String list : List.of("gemeenten.yml", "provincies.yml")) {
            Files.copy(
                    ExampleSite.root().resolve("data/" + list),
                    site.resolve("data/" + list),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return site;
    }

    private static CommandRun run(Path site, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--source", site.toString(), "--today", "2026-12-02"));
        return CommandRun.of(all.toArray(String[]::new));
    }

    @Test
    void everyKindOfNewFilePassesCheckWithOnlyPlaceholderWarnings(@TempDir Path tmp) throws IOException {
        Path site = site(tmp);
        CommandRun practice = run(
                site,
                "new",
                "praktijkvoorbeeld",
                "Ontbijt op school: zo doe je dat",
                "--gemeente",
                "Zwolle",
                "--sector",
                "onderwijs");
        CommandRun guide = run(
                site,
                "new",
                "handreiking",
                "Omgaan met kinderarmoede in de sport",
                "--sector",
                "jgz",
                "--slug",
                "sport");
        CommandRun chapter = run(site, "new", "hoofdstuk", "Wat je ziet", "--handreiking", "sport");
        assertEquals(ExitCodes.OK, practice.exitCode(), practice.err());
        assertEquals(ExitCodes.OK, guide.exitCode(), guide.err());
        assertEquals(ExitCodes.OK, chapter.exitCode(), chapter.err());
        assertEquals(
                "content/praktijkvoorbeelden/ontbijt-op-school-zo-doe-je-dat.md",
                practice.out().strip());
        assertEquals("content/handreikingen/sport/index.md", guide.out().strip());
        assertEquals(
                "content/handreikingen/sport/01-wat-je-ziet.md", chapter.out().strip());
        for (String drafts : new String[] {"--drafts", "-v"}) {
            CommandRun check = run(site, "check", drafts);
            assertEquals(ExitCodes.OK, check.exitCode(), check.err());
            List<String> problems =
                    check.err().lines().filter(l -> l.startsWith("content/")).toList();
            assertTrue(problems.stream().allMatch(l -> l.contains("warning [PLACEHOLDER_LEFT]")), check.err());
            for (String file : List.of(
                    practice.out().strip(), guide.out().strip(), chapter.out().strip())) {
                assertTrue(
                        problems.stream().anyMatch(l -> l.startsWith(file + ":")),
                        file + " has no placeholder warning: " + check.err());
            }
        }
        String text = Files.readString(site.resolve(practice.out().strip()));
        assertTrue(text.contains("titel: \"Ontbijt op school: zo doe je dat\"\n"), text);
        assertTrue(text.contains("datum: 2026-12-02\n") && text.contains("status: concept"), text);
        assertTrue(text.contains("gemeenten: [\"Zwolle\"]") && text.contains("sectoren: [onderwijs]"), text);
    }

    @Test
    void everyCommentedExampleIsValidOnceUncommented(@TempDir Path tmp) throws IOException {
        Path site = site(tmp);
        for (String[] args : List.of(
                new String[] {"new", "praktijkvoorbeeld", "Alles ingevuld"},
                new String[] {"new", "handreiking", "Alles ingevuld", "--sector", "jgz"},
                new String[] {"new", "hoofdstuk", "Alles ingevuld", "--handreiking", "onderwijs"})) {
            CommandRun made = run(site, args);
            assertEquals(ExitCodes.OK, made.exitCode(), made.err());
            Path file = site.resolve(made.out().strip());
            String uncommented = Files.readAllLines(file).stream()
                    .map(l -> l.matches("# ( *)([a-z]+:|- ).*") ? l.substring(2) : l)
                    .map(l -> l.replace("naam-van-een-praktijkvoorbeeld", "u-pas")
                            .replace("src: \"…\"", "src: ../afbeeldingen/pas.svg")
                            .replace("oude-naam", "oude-" + args[1]))
                    .collect(Collectors.joining("\n", "", "\n"));
            assertTrue(
                    !uncommented.equals(Files.readString(file))
                            || args[1].equals("hoofdstuk") && uncommented.contains("\nsamenvatting:"),
                    uncommented);
            Files.writeString(file, uncommented);
        }
        CommandRun check = run(site, "check", "--drafts");
        assertEquals(ExitCodes.OK, check.exitCode(), check.err());
        assertTrue(
                check.err()
                        .lines()
                        .filter(l -> l.startsWith("content/"))
                        .allMatch(l -> l.contains("[PLACEHOLDER_LEFT]")),
                check.err());
    }

    @Test
    void neverOverwritesAnExistingFile(@TempDir Path tmp) throws IOException {
        Path site = site(tmp);
        assertEquals(
                ExitCodes.OK,
                run(site, "new", "praktijkvoorbeeld", "Eigen werk").exitCode());
        Path file = site.resolve("content/praktijkvoorbeelden/eigen-werk.md");
        Files.writeString(file, "mijn eigen tekst");
        CommandRun again = run(site, "new", "praktijkvoorbeeld", "Eigen werk");
        assertEquals(ExitCodes.USAGE, again.exitCode());
        assertTrue(again.err().contains("content/praktijkvoorbeelden/eigen-werk.md bestaat al"), again.err());
        assertEquals("mijn eigen tekst", Files.readString(file));
    }

    @Test
    void aChapterGetsTheNumberAfterTheHighest(@TempDir Path tmp) throws IOException {
        Path site = site(tmp);
        Files.writeString(
                site.resolve("content/handreikingen/onderwijs/07-later.md"), "---\ntitel: Later\n---\nTekst.\n");
        CommandRun chapter = run(site, "new", "hoofdstuk", "Nog een", "--handreiking", "onderwijs");
        assertEquals(
                "content/handreikingen/onderwijs/08-nog-een.md", chapter.out().strip(), chapter.err());
    }

    @Test
    void aMunicipalityAliasIsWrittenAsItsCbsName(@TempDir Path tmp) throws IOException {
        Path site = site(tmp);
        CommandRun made = run(
                site, "new", "praktijkvoorbeeld", "In de hofstad", "--gemeente", "Den Haag", "--gemeente", "Den Bosch");
        assertEquals(ExitCodes.OK, made.exitCode(), made.err());
        assertTrue(Files.readString(site.resolve(made.out().strip()))
                .contains("gemeenten: [\"'s-Gravenhage\", \"'s-Hertogenbosch\"]"));
    }

    @Test
    void unknownSectorMunicipalityAndGuideAreRefusedWithASuggestion(@TempDir Path tmp) throws IOException {
        Path site = site(tmp);
        CommandRun practice =
                run(site, "new", "praktijkvoorbeeld", "Typfouten", "--sector", "onderwjs", "--gemeente", "Zwole");
        assertEquals(ExitCodes.USAGE, practice.exitCode());
        assertTrue(practice.err().contains("Onbekende sector 'onderwjs' — bedoel je 'onderwijs'?"), practice.err());
        assertTrue(practice.err().contains("Onbekende gemeente 'Zwole' — bedoel je 'Zwolle'?"), practice.err());
        CommandRun chapter = run(site, "new", "hoofdstuk", "Los", "--handreiking", "onderwys");
        assertEquals(ExitCodes.USAGE, chapter.exitCode());
        assertTrue(chapter.err().contains("Er is geen handreiking 'onderwys' — bedoel je 'onderwijs'?"), chapter.err());
        assertTrue(Files.notExists(site.resolve("content/praktijkvoorbeelden/typfouten.md")));
    }

    @Test
    void aGuideNeedsItsSectorAndTheHelpIsDutch() {
        CommandRun missing = CommandRun.of("new", "handreiking", "Zonder sector");
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("--sector heeft een waarde nodig"), missing.err());
        CommandRun help = CommandRun.of("new", "praktijkvoorbeeld", "--help");
        assertEquals(ExitCodes.OK, help.exitCode());
        assertTrue(
                help.out().contains("Gebruik: kennisbank new praktijkvoorbeeld")
                        && help.out().contains("De titel."),
                help.out());
    }
}
