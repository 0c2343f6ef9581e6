package nl.kennisbank.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.site.FixtureSites;
import org.junit.jupiter.api.Test;

/** Dates against an injected today, periods, personal contact addresses and municipality aliases in front matter. */
class DocumentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static ContentLoader loader() throws Exception {
        Path golden = FixtureSites.golden();
        Problems setup = new Problems();
        Schema schema =
                new SchemaLoader().load("data/schema.yml", Files.readString(golden.resolve("data/schema.yml")), setup);
        Path data = Files.createTempDirectory("data");
        FixtureSites.copyTree(golden.resolve("data"), data);
        Files.copy(
                FixtureSites.resources().resolve("invalid/slips-through/site-files/data/gemeenten.yml"),
                data.resolve("gemeenten.yml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Vocabularies vocabularies = new VocabularyLoader().load(data, "data", setup);
        assertEquals(List.of(), setup.sorted());
        return new ContentLoader(
                schema, vocabularies, new FrontMatterSplitter("~~~~~~"), new JBakeHeader("", "draft"), TODAY);
    }

    private static List<String> codes(String extra) throws Exception {
        Problems problems = new Problems();
        String text =
                "---\ntitel: T\nsamenvatting: S\nstatus: gepubliceerd\nsectoren: [onderwijs]\nthemas: [meedoen]\npijlers: [activeren]\n"
                        + extra + "bronnen: []\n---\nTekst\n";
        loader().load(new SourceFile("content/praktijkvoorbeelden/x.md", "praktijkvoorbeelden/x.md", text), problems);
        return problems.sorted().stream()
                .map(p -> p.code().code() + "@" + p.line() + ":" + p.column())
                .toList();
    }

    @Test
    void todayAndThePastAreFine() throws Exception {
        assertEquals(List.of(), codes("datum: 2026-12-02\nbijgewerkt: 2020-01-01\n"));
    }

    @Test
    void tomorrowIsAWarningAndMoreThanAYearAheadAnError() throws Exception {
        assertEquals(List.of("DATE_IN_FUTURE@8:8"), codes("datum: 2026-12-03\n"));
        assertEquals(List.of("DATE_IN_FUTURE@8:8"), codes("datum: 2027-12-02\n"));
        assertEquals(List.of("DATE_FAR_FUTURE@8:8"), codes("datum: 2027-12-03\n"));
        assertEquals(List.of("DATE_IN_FUTURE@9:13"), codes("datum: 2026-01-01\nbijgewerkt: 2027-01-01\n"));
    }

    @Test
    void aPlannedEndMayLieInTheFutureButNotBeforeTheStart() throws Exception {
        assertEquals(List.of(), codes("datum: 2026-01-01\nlooptijd: {start: 2025, eind: 2031}\n"));
        assertEquals(
                List.of(),
                codes("datum: 2026-01-01\nlooptijd: {start: 2024-03, eind: 2024}\n"),
                "the same year still holds March");
        assertEquals(
                List.of("PERIOD_END_BEFORE_START@9:34"),
                codes("datum: 2026-01-01\nlooptijd: {start: 2024-03, eind: 2024-02-28}\n"));
    }

    @Test
    void aPersonalContactAddressIsAWarningAnOrganisationsIsNot() throws Exception {
        assertEquals(List.of(), codes("datum: 2026-01-01\ncontact: {organisatie: O, email: info@o.nl}\n"));
        assertEquals(
                List.of("PERSONAL_EMAIL@9:34"),
                codes("datum: 2026-01-01\ncontact: {organisatie: O, email: k.mulder@o.nl}\n"));
    }

    @Test
    void aMunicipalityAliasIsAcceptedAndStoredAsItsCbsName() throws Exception {
        Problems problems = new Problems();
        String text =
                "---\ntitel: T\nsamenvatting: S\ndatum: 2026-01-01\nstatus: gepubliceerd\nsectoren: [onderwijs]\nthemas: [meedoen]\n"
                        + "pijlers: [activeren]\ngemeenten: [Den Bosch]\nbronnen: []\n---\nTekst\n";
        Document doc = loader().load(
                        new SourceFile("content/praktijkvoorbeelden/x.md", "praktijkvoorbeelden/x.md", text), problems)
                .orElseThrow();
        assertEquals(List.of(), problems.sorted().stream().map(Problem::format).toList());
        assertEquals(List.of("'s-Hertogenbosch"), doc.strings("gemeenten"));
    }
}
