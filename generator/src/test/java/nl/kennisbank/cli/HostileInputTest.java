package nl.kennisbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.kennisbank.site.FixtureSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input an attacker or a careless editor could write: each case gives a located Dutch problem (or is harmless),
 * never a stack trace, and exit code 0 or 1 for content, 2 for the command line.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    private Path site;

    @BeforeEach
    void copyTheGoldenSite() {
        site = tmp.resolve("bron");
        FixtureSites.copyTree(FixtureSites.golden(), site);
    }

    private void write(String path, String text) throws Exception {
        Files.writeString(site.resolve(path), text, StandardCharsets.UTF_8);
    }

    private CommandRun check() {
        CommandRun run = CommandRun.of("check", "--source", site.toString());
        assertFalse(
                run.err().contains("Exception")
                        || run.err().contains("\tat ")
                        || run.err().contains("Error:"),
                run.err());
        return run;
    }

    /** The only error lines, so a case also proves there are no follow-on errors. */
    private static List<String> errors(CommandRun run) {
        return run.err().lines().filter(l -> l.contains(": error [")).toList();
    }

    private static void assertOnlyError(CommandRun run, String located) {
        assertOnlyError(run, located, "");
    }

    /** Exactly one error, starting with {@code located} and containing {@code code}. */
    private static void assertOnlyError(CommandRun run, String located, String code) {
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run.exitCode(), run.err());
        List<String> errors = errors(run);
        assertEquals(1, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith(located) && errors.get(0).contains(code), errors.get(0));
    }

    @Test
    void anAliasInsideItselfInFrontMatterIsALocatedErrorNotAStackOverflow() throws Exception {
        write("content/test.md", "---\ntitel: A\nx: &a [*a]\n---\nTekst\n");
        assertOnlyError(
                check(), "content/test.md:3:4: error [YAML_ALIAS_RECURSIVE]: Deze waarde verwijst naar zichzelf");
    }

    @Test
    void anAliasInsideItselfInAVocabularyIsOneErrorWithoutFollowOnErrors() throws Exception {
        Files.writeString(
                site.resolve("data/sectoren.yml"), "- id: x\n  y: &a [*a]\n", java.nio.file.StandardOpenOption.APPEND);
        assertOnlyError(check(), "data/sectoren.yml:", "[YAML_ALIAS_RECURSIVE]");
    }

    @Test
    void threeThousandNestedBracketsAreALocatedErrorAtTheBracketThatIsTooDeep() throws Exception {
        write("content/test.md", "---\ntitel: A\nx: " + "[".repeat(3000) + "\n---\nTekst\n");
        assertOnlyError(
                check(),
                "content/test.md:3:68: error [YAML_TOO_DEEP]: De YAML in het kopblok is dieper genest dan 64 niveaus");
    }

    @Test
    void deeplyIndentedYamlBlocksAreALocatedError() throws Exception {
        StringBuilder yaml = new StringBuilder("---\ntitel: A\n");
        for (int i = 0; i < 300; i++) {
            yaml.append(" ".repeat(i)).append("a").append(i).append(":\n");
        }
        write("content/test.md", yaml + "---\nTekst\n");
        CommandRun run = check();
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertTrue(errors(run).get(0).contains("[YAML_TOO_DEEP]"), run.err());
    }

    @Test
    void aBodyLineOfTenThousandQuoteMarksIsALocatedError() throws Exception {
        write("content/test.md", "---\ntitel: A\n---\n" + ">".repeat(10_000) + "\n");
        assertOnlyError(check(), "content/test.md:4:101: error [MARKDOWN_TOO_DEEP]: Hier staan meer dan 100 citaten");
    }

    @Test
    void listsNestedHundredsDeepAreALocatedError() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            body.append("  ".repeat(i)).append("- punt\n");
        }
        write("content/test.md", "---\ntitel: A\n---\n" + body);
        assertOnlyError(check(), "content/test.md:", "[MARKDOWN_TOO_DEEP]");
    }

    @Test
    void twoThousandEmphasesInsideEachOtherAreALocatedErrorInCheckAndBuildAlike() throws Exception {
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            nested.append(i % 2 == 0 ? "*x " : "_x ");
        }
        nested.append("y");
        for (int i = 1999; i >= 0; i--) {
            nested.append(i % 2 == 0 ? " x*" : " x_");
        }
        write("content/test.md", "---\ntitel: A\n---\nEerst gewone tekst.\n\n" + nested + "\n");
        String expected = "content/test.md:6:1496: error [MARKDOWN_TOO_COMPLEX]: Deze tekst is te ingewikkeld om te"
                + " verwerken (te veel opmaak in elkaar). Vereenvoudig de opmaak, bijvoorbeeld minder citaten of lijsten"
                + " in elkaar.";
        assertOnlyError(check(), expected);
        // rendering recursed once per emphasis: the build ended in an internal error while check said all was well
        CommandRun build = CommandRun.of(
                "build",
                "--source",
                site.toString(),
                "--output",
                tmp.resolve("uit").toString());
        assertOnlyError(build, expected);
    }

    @Test
    void fiftyThousandImagesNestedInEachOthersAltTextAreALocatedErrorNotAnOutOfMemoryError() throws Exception {
        // 300 KB: the alt text of every image was copied whole, a quadratic number of characters (gigabytes)
        write("content/test.md", "---\ntitel: A\n---\n" + "![".repeat(50_000) + "b" + "](u)".repeat(50_000) + "\n");
        assertOnlyError(check(), "content/test.md:4:", "[MARKDOWN_TOO_COMPLEX]");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void namedPipesInContentAreLocatedErrorsInsteadOfABuildThatWaitsForever() throws Exception {
        Files.createDirectories(site.resolve("content/afbeeldingen"));
        for (String pipe : List.of("content/pijp.md", "content/afbeeldingen/pijp.png")) {
            Process mkfifo = new ProcessBuilder("mkfifo", site.resolve(pipe).toString())
                    .inheritIO()
                    .start();
            assertEquals(0, mkfifo.waitFor(), "mkfifo " + pipe);
        }
        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), this::check);
        String message =
                ": error [FILE_UNREADABLE]: Dit bestand kon niet gelezen worden (geen gewoon bestand). Controleer"
                        + " of het bestaat en of je het mag lezen, en probeer het opnieuw.";
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertEquals(
                List.of("content/afbeeldingen/pijp.png:1:1" + message, "content/pijp.md:1:1" + message),
                errors(run),
                run.err());
    }

    @Test
    void thousandsOfNestedEmphasisMarksAndBracketsAreHarmless() throws Exception {
        write(
                "content/test.md",
                "---\ntitel: A\n---\n" + "*_".repeat(5000) + "x" + "_*".repeat(5000) + "\n\n" + "[".repeat(10_000) + "x"
                        + "]".repeat(10_000) + "\n");
        CommandRun run = check();
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        CommandRun build = CommandRun.of(
                "build",
                "--source",
                site.toString(),
                "--output",
                tmp.resolve("uit").toString());
        assertEquals(ExitCodes.OK, build.exitCode(), build.err());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAtItsStart() throws Exception {
        write("content/test.md", "---\ntitel: A\n---\n" + "Lange tekst. ".repeat(100_000));
        assertOnlyError(
                check(), "content/test.md:1:1: error [FILE_TOO_LARGE]: Dit bestand is 1269 KiB; de grens is 1024 KiB.");
    }

    @Test
    void aDanglingLinkInContentIsALocatedErrorNotAUsageError() throws Exception {
        Files.createSymbolicLink(site.resolve("content/kapot.md"), tmp.resolve("bestaat-niet.md"));
        assertOnlyError(check(), "content/kapot.md:1:1: error [LINK_DANGLING]: Dit bestand is een koppeling naar '");
    }

    @Test
    void aTabInFrontMatterIsExplainedInDutchAtItsLineAndColumn() throws Exception {
        write("content/test.md", "---\ntitel: A\n\tsamenvatting: B\n---\nTekst\n");
        assertOnlyError(
                check(),
                "content/test.md:3:1: error [YAML_SYNTAX]: De YAML in het kopblok klopt niet: hier staat een tab."
                        + " Spring in met spaties, niet met tabs.");
    }

    @Test
    void aColonInAValueIsExplainedInDutchWithTheFix() throws Exception {
        write("content/test.md", "---\ntitel: Armoede: wat nu?\n---\nTekst\n");
        CommandRun run = check();
        assertOnlyError(
                run,
                "content/test.md:2:15: error [YAML_SYNTAX]: De YAML in het kopblok klopt niet: hier staat een dubbele punt");
        assertFalse(run.err().contains("mapping values"), run.err());
    }

    @Test
    void aControlCharacterIsReportedWhereItIs() throws Exception {
        write("content/test.md", "---\ntitel: A\nsamenvatting: B\u0001C\n---\nTekst\n");
        assertOnlyError(
                check(),
                "content/test.md:3:16: error [YAML_SYNTAX]: In het kopblok staat hier een onzichtbaar stuurteken (U+0001).");
    }

    @Test
    void aListAsAFieldNameIsReportedWhereItIs() throws Exception {
        write("content/test.md", "---\ntitel: A\n? [a, b]\n: c\n---\nTekst\n");
        assertOnlyError(
                check(),
                "content/test.md:3:3: error [YAML_SYNTAX]: Een veldnaam in het kopblok moet gewone tekst zijn");
    }

    @Test
    void aHeaderLineWithTrailingSpacesStillOpensAndClosesTheHeader() throws Exception {
        write("content/test.md", "--- \ntitel: A\n---  \nTekst\n");
        assertEquals(ExitCodes.OK, check().exitCode());
    }

    @Test
    void oldMacLineEndingsAndADoubleByteOrderMarkAreRead() throws Exception {
        write("content/mac.md", "---\rtitel: A\r---\rTekst\r");
        write("content/bom.md", "\uFEFF\uFEFF---\ntitel: B\n---\nTekst\n");
        CommandRun run = check();
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    @Test
    void aMissingSchemaIsNamedOnceInsteadOfAnErrorPerField() throws Exception {
        Files.delete(site.resolve("data/schema.yml"));
        assertOnlyError(check(), "data/schema.yml:1:1: error [SCHEMA_MISSING]: Het bestand data/schema.yml ontbreekt");
    }

    @Test
    void aBrokenSchemaIsCalledByItsNameWithoutFollowOnErrors() throws Exception {
        Files.writeString(site.resolve("data/schema.yml"), "pagina:\n  titel: {type: tekst\n", StandardCharsets.UTF_8);
        CommandRun run = check();
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertEquals(1, errors(run).size(), run.err());
        assertTrue(
                errors(run)
                        .get(0)
                        .startsWith("data/schema.yml:3:1: error [YAML_SYNTAX]: De YAML in data/schema.yml klopt niet"),
                run.err());
    }

    @Test
    void aYamlErrorInAPracticeAddsNoReferenceErrorsInThePagesThatReferToIt() throws Exception {
        Path practice = site.resolve("content/praktijkvoorbeelden/brievenbus.md");
        Files.writeString(
                practice, Files.readString(practice).replace("titel: Brievenbus voor dromen", "titel: [kapot"));
        CommandRun run = check();
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertEquals(1, errors(run).size(), run.err());
        assertTrue(errors(run).get(0).startsWith("content/praktijkvoorbeelden/brievenbus.md:"), run.err());
    }

    @Test
    void aMissingSourceIsTheSameUsageErrorFromBuildAndCheck() {
        String missing = tmp.resolve("bestaat-niet").toString();
        CommandRun check = CommandRun.of("check", "--source", missing);
        CommandRun build = CommandRun.of(
                "build", "--source", missing, "--output", tmp.resolve("uit").toString());
        for (CommandRun run : List.of(check, build)) {
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
            assertTrue(
                    run.err().startsWith("fout: de bronmap " + missing + " bestaat niet of is geen map."), run.err());
        }
    }

    @Test
    void aBadBaseUrlOnTheCommandLineIsNamedAsTheOption() {
        CommandRun run = CommandRun.of(
                "build",
                "--source",
                site.toString(),
                "--output",
                tmp.resolve("uit").toString(),
                "--base-url",
                "ftp://x");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("fout: --base-url 'ftp://x' is geen volledig webadres."), run.err());
    }

    @Test
    void anOutputUnderAFileIsRefusedInDutch() throws Exception {
        Files.writeString(tmp.resolve("bestand"), "x");
        CommandRun run = CommandRun.of(
                "build",
                "--source",
                site.toString(),
                "--output",
                tmp.resolve("bestand/site").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(
                run.err().contains("maar dat is een bestand, geen map. Kies een andere plek met --output."), run.err());
    }
}
