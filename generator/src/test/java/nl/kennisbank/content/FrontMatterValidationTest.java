package nl.kennisbank.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.site.FixtureSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FrontMatterValidationTest {

    private ContentLoader loader;

    @BeforeEach
    void loadSchemaAndVocabularies() throws Exception {
        Path golden = FixtureSites.golden();
        Problems setup = new Problems();
        Schema schema =
                new SchemaLoader().load("data/schema.yml", Files.readString(golden.resolve("data/schema.yml")), setup);
        Vocabularies vocabularies = new VocabularyLoader().load(golden.resolve("data"), "data", setup);
        assertEquals(List.of(), setup.sorted());
        loader = new ContentLoader(
                schema,
                vocabularies,
                new FrontMatterSplitter("~~~~~~"),
                new JBakeHeader("", "draft"),
                LocalDate.of(2026, 12, 2));
    }

    private List<Problem> problemsOf(String contentPath, String text) {
        Problems problems = new Problems();
        loader.load(new SourceFile("content/" + contentPath, contentPath, text), problems);
        return problems.sorted();
    }

    private static String practice(String extra) {
        return "---\ntitel: T\nsamenvatting: S\ndatum: 2026-01-01\nstatus: gepubliceerd\nsectoren: [onderwijs]\nthemas: [meedoen]\npijlers: [activeren]\n"
                + extra + "bronnen:\n  - titel: Een bron\n    uitgever: Een organisatie\n    datum: 2019\n---\nTekst\n";
    }

    @Test
    void warnsWhenAPageNamesNoSourcesButNotWhenItSaysItHasNone() {
        String withoutSources = practice("").replaceFirst("bronnen:(\n .*)+\n", "");
        List<Problem> problems = problemsOf("praktijkvoorbeelden/x.md", withoutSources);
        assertEquals(
                List.of("content/praktijkvoorbeelden/x.md:2:1: warning [BRONNEN_MISSING]"),
                problems.stream()
                        .map(p -> p.format().substring(0, p.format().indexOf("]:") + 1))
                        .toList());
        assertEquals(
                List.of(),
                problemsOf(
                        "praktijkvoorbeelden/x.md", withoutSources.replace("---\nTekst", "bronnen: []\n---\nTekst")));
    }

    @Test
    void rejectsASourceWithoutPublisherAtItsLine() {
        Problem p = problemsOf("praktijkvoorbeelden/x.md", practice("").replace("    uitgever: Een organisatie\n", ""))
                .get(0);
        assertEquals(
                "content/praktijkvoorbeelden/x.md:10:5: error [FIELD_REQUIRED]: Het verplichte veld 'bronnen.uitgever' ontbreekt."
                        + " Voeg het toe: uitgever: … (een tekst).",
                p.format());
    }

    @Test
    void aPracticeWhoseAgeAndSourcesTheSchemaRefusesStillLoadsWithTypedFieldsWithoutThem() {
        Problems problems = new Problems();
        String text = practice("leeftijd:\n  van: jong\n  tot: 12\n")
                .replaceFirst("bronnen:(\n .*)+\n", "bronnen:\n  - alleen een tekst\n");
        Optional<Document> doc = loader.load(
                new SourceFile("content/praktijkvoorbeelden/x.md", "praktijkvoorbeelden/x.md", text), problems);
        assertTrue(problems.hasErrors(), problems.sorted()::toString);
        Practice typed = doc.orElseThrow().asPractice();
        assertEquals(Optional.empty(), typed.leeftijd());
        assertEquals(List.of(), typed.bronnen());
        assertEquals(List.of("onderwijs"), typed.sectoren());
    }

    @Test
    void acceptsAValidPracticeAndConvertsItsValues() {
        Problems problems = new Problems();
        Optional<Document> doc = loader.load(
                new SourceFile(
                        "content/praktijkvoorbeelden/x.md",
                        "praktijkvoorbeelden/x.md",
                        practice("leeftijd: {van: 4, tot: 12}\nbijgewerkt: 2026-02-03\n")),
                problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(
                LocalDate.of(2026, 2, 3), doc.orElseThrow().date("bijgewerkt").orElseThrow());
        assertEquals(
                Map.of("van", 4, "tot", 12),
                doc.orElseThrow().object("leeftijd").orElseThrow());
        assertEquals("praktijkvoorbeelden/x/", doc.orElseThrow().url());
    }

    @Test
    void rejectsUnknownSectorWithASuggestion() {
        List<Problem> problems =
                problemsOf("praktijkvoorbeelden/x.md", practice("").replace("[onderwijs]", "[onderwjs]"));
        assertEquals(1, problems.size());
        assertEquals(
                "content/praktijkvoorbeelden/x.md:6:12: error [VOCAB_UNKNOWN]: Onbekende sector 'onderwjs' in 'sectoren' — bedoel je 'onderwijs'? Kies uit: onderwijs, jgz.",
                problems.get(0).format());
    }

    @Test
    void rejectsUnknownKeyWithTheAllowedOnes() {
        Problem p = problemsOf("praktijkvoorbeelden/x.md", practice("samenvating: dubbel\n"))
                .get(0);
        assertEquals("FIELD_UNKNOWN", p.code().code());
        assertEquals(9, p.line());
        assertTrue(p.message().contains("bedoel je 'samenvatting'?"), p.message());
    }

    @Test
    void rejectsTooLongSummary() {
        Problem p = problemsOf(
                        "praktijkvoorbeelden/x.md",
                        practice("").replace("samenvatting: S", "samenvatting: " + "a".repeat(301)))
                .get(0);
        assertEquals("TEXT_TOO_LONG", p.code().code());
    }

    @Test
    void countsTextLengthInCharactersAsEditorsSeeThemNotUtf16Units() {
        String emoji = "\ud83d\ude00";
        assertEquals(
                List.of(),
                problemsOf(
                        "praktijkvoorbeelden/x.md",
                        practice("").replace("samenvatting: S", "samenvatting: " + emoji.repeat(160))));
        Problem p = problemsOf(
                        "praktijkvoorbeelden/x.md",
                        practice("").replace("samenvatting: S", "samenvatting: " + emoji.repeat(301)))
                .get(0);
        assertEquals("Het veld 'samenvatting' is 301 tekens; maak het hoogstens 300 tekens.", p.message());
    }

    @Test
    void rejectsDuplicateKeys() {
        assertEquals(
                "YAML_DUPLICATE_KEY",
                problemsOf("praktijkvoorbeelden/x.md", practice("titel: Nog een\n"))
                        .get(0)
                        .code()
                        .code());
    }

    @Test
    void rejectsAGuideWithTwoSectors() {
        String guide =
                "---\ntitel: G\nsamenvatting: S\nsectoren: [onderwijs, jgz]\nstatus: gepubliceerd\ndatum: 2026-01-01\n---\n";
        Problem p = problemsOf("handreikingen/g/index.md", guide).get(0);
        assertEquals("FIELD_TOO_MANY", p.code().code());
        assertEquals(4, p.line());
    }

    @Test
    void readsJBakeHeadersWithJBakesMeaning() {
        Problems problems = new Problems();
        Document doc = loader.load(
                        new SourceFile(
                                "content/blog/a.md",
                                "blog/a.md",
                                "title=Hallo\ndate=2020-01-02\ntype=post\ntags=a, b\nstatus=published\n~~~~~~\nTekst"),
                        problems)
                .orElseThrow();
        assertEquals(DocumentKind.JBAKE, doc.kind());
        assertEquals("blog/a.html", doc.url());
        assertEquals(List.of("a", "b"), doc.strings("tags"));
        assertEquals(7, doc.bodyFirstLine());
    }

    @Test
    void hugeAliasExpansionIsRefusedInDutch() {
        String bomb =
                "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                        + "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n";
        List<Problem> problems = problemsOf("over.md", bomb);
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.code().code().equals("YAML_SYNTAX")
                                && p.message()
                                        .startsWith(
                                                "De YAML in het kopblok verwijst te vaak naar eerder gegeven waarden")),
                problems.toString());
    }
}
