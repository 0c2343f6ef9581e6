package nl.kennisbank.site;

import static nl.kennisbank.site.HostileSite.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.kennisbank.jbake.SecurityPolicy;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in {@code content/} that are not what they seem: code and unknown types, files over pages the build makes,
 * JBake headers taking a generated page, names that are no slug, and editors' back-ups of drafts. The cases of one
 * kind lie side by side in one site, built once.
 */
class HostileFilesTest {

    @TempDir
    Path tmp;

    private record FileCase(String path, String text, ProblemCode code) {}

    private static HostileSite siteWith(HostileSite site, List<FileCase> cases) {
        cases.forEach(c -> site.file(c.path(), c.text()));
        return site;
    }

    @TestFactory
    Stream<DynamicTest> codeAndUnknownFilesInContentAreRefusedWithTheirPath() throws Exception {
        List<FileCase> cases = List.of(
                new FileCase(
                        "content/boos.html",
                        "<!DOCTYPE html><script>document.title='x'</script>",
                        ProblemCode.FILE_TYPE_CODE),
                new FileCase("content/index.html", "<h1>Nep-home</h1>", ProblemCode.FILE_TYPE_CODE),
                new FileCase(
                        "content/afbeeldingen/x.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
                        ProblemCode.FILE_TYPE_SVG),
                new FileCase("content/js/zoeken.js", "alert(1)", ProblemCode.FILE_TYPE_CODE),
                new FileCase("content/css/site.css", "body{display:none}", ProblemCode.FILE_TYPE_CODE),
                new FileCase("content/sitemap.xml", "<urlset/>", ProblemCode.FILE_TYPE_CODE),
                new FileCase("content/module.mjs", "export {}", ProblemCode.FILE_TYPE_CODE),
                new FileCase("content/programma.exe", "MZ", ProblemCode.FILE_TYPE_UNKNOWN),
                new FileCase("content/zonder-extensie", "x", ProblemCode.FILE_TYPE_UNKNOWN),
                new FileCase(
                        "content/pagina.html",
                        "title=Pagina\ntype=pagina\n~~~~~~\n<script>alert(1)</script>",
                        ProblemCode.HTML_DOCUMENT_UNSUPPORTED));
        HostileSite site = siteWith(HostileSite.golden(tmp).setting("kennisbank.static-files.allow", ""), cases);
        BuildReport report = site.build();
        assertFalse(report.succeeded());
        assertFalse(Files.exists(site.output()), "nothing published");
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.path(), () -> assertProblem(report, c.code(), c.path(), "")));
    }

    @TestFactory
    Stream<DynamicTest> allowedStaticFilesNeverReplaceWhatTheBuildWrites() throws Exception {
        List<FileCase> cases = Stream.of(
                        "content/index.html",
                        "content/404.html",
                        "content/css/site.css",
                        "content/praktijkvoorbeelden/u-pas/index.html",
                        "content/themas/meedoen/index.html",
                        "content/zoeken/index/meta.json",
                        "content/robots.txt",
                        "content/sitemap.xml")
                .map(path -> new FileCase(path, "<h1>Nep</h1>", ProblemCode.STATIC_OVER_GENERATED))
                .toList();
        HostileSite site = siteWith(
                HostileSite.golden(tmp).setting("kennisbank.static-files.allow", "html, css, json, xml, svg"), cases);
        BuildReport report = site.build();
        assertFalse(report.succeeded(), () -> HostileSite.lines(report));
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.path(), () -> {
                    Problem p = assertProblem(report, c.code(), c.path(), "maar daar staat al");
                    assertTrue(p.message().contains("/" + c.path().substring("content/".length())), p.message());
                }));
    }

    @Test
    void anAllowedHtmlFileIsPublishedWithThePolicySoItsInlineScriptCannotRun() throws Exception {
        HostileSite site = HostileSite.golden(tmp)
                .setting("kennisbank.static-files.allow", "svg, html")
                .file(
                        "content/bijlage/oud.html",
                        "<!DOCTYPE html><html><head><title>Oud</title></head><body><script>alert(1)</script></body></html>");
        assertTrue(site.build().succeeded());
        Element meta = Jsoup.parse(site.read("bijlage/oud.html"))
                .head()
                .selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertEquals(SecurityPolicy.POLICY, meta.attr("content"));
    }

    @Test
    void aNonsenseAllowedTypeIsAConfigurationError() throws Exception {
        BuildReport report = HostileSite.golden(tmp)
                .setting("kennisbank.static-files.allow", "html, *.js")
                .check();
        assertProblem(report, ProblemCode.CONFIG_STATIC_TYPE, "jbake.properties", "*.js");
    }

    @TestFactory
    Stream<DynamicTest> aJBakeHeaderCannotTakeAPageTheSiteMakes() throws Exception {
        List<String> paths =
                List.of("content/index.md", "content/zoeken/index.md", "content/404.md", "content/themas/index.md");
        HostileSite site = HostileSite.golden(tmp)
                .file("content/sitemap.md", "title=Kaart\ntype=pagina\nstatus=published\n~~~~~~\nEigen.\n");
        paths.forEach(path -> site.file(path, "title=Nep\ntype=pagina\nstatus=published\n~~~~~~\nOvergenomen.\n"));
        BuildReport report = site.check();
        Stream<DynamicTest> allowed = Stream.of(DynamicTest.dynamicTest(
                "content/sitemap.md (sitemap.html is no generated page)",
                () -> assertTrue(
                        report.problems().stream().noneMatch(p -> p.path().equals("content/sitemap.md")),
                        () -> HostileSite.lines(report))));
        return Stream.concat(
                paths.stream()
                        .map(path -> DynamicTest.dynamicTest(
                                path,
                                () -> assertProblem(
                                        report,
                                        ProblemCode.URL_TAKEN,
                                        path,
                                        "al van een pagina die de site zelf maakt"))),
                allowed);
    }

    @Test
    void aFileNameThatIsNoSlugIsAnErrorWhateverTheHeader() throws Exception {
        BuildReport report = HostileSite.golden(tmp)
                .file("content/Hoofd Letters.md", "---\ntitel: Hoofdletters\n---\nTekst.\n")
                .file("content/Twee Woorden.md", "title=Hoofdletters\ntype=pagina\n~~~~~~\nTekst.\n")
                .check();
        assertProblem(report, ProblemCode.SLUG_INVALID_NAME, "content/Hoofd Letters.md", "'hoofd-letters'");
        assertProblem(report, ProblemCode.SLUG_INVALID_NAME, "content/Twee Woorden.md", "'twee-woorden'");
    }

    @TestFactory
    Stream<DynamicTest> backUpAndEditorFilesAreNeverPublishedAndSayWhy() throws Exception {
        String secret = "GEHEIM-ONDERHANDELINGSRESULTAAT";
        String draft = HostileSite.PRACTICE_HEADER.replace("status: gepubliceerd", "status: concept") + secret + "\n";
        List<String> names = List.of(
                "geheim-concept.md~",
                "#geheim-concept.md#",
                "geheim-concept.md.orig",
                "geheim-concept.md.rej",
                ".geheim-concept.md.swp",
                ".#geheim-concept.md",
                "geheim-concept.md.bak",
                "geheim-concept.MD",
                "geheim-concept.markdown",
                "~$rapport.docx",
                "geheim-concept.md.tmp");
        HostileSite site = HostileSite.golden(tmp).file("content/praktijkvoorbeelden/geheim-concept.md", draft);
        names.forEach(name -> site.file("content/praktijkvoorbeelden/" + name, draft));
        BuildReport report = site.build();
        assertTrue(report.succeeded(), () -> HostileSite.lines(report));
        for (String file : FixtureSites.files(site.output())) {
            assertFalse(
                    Files.readString(site.output().resolve(file), StandardCharsets.ISO_8859_1)
                            .contains(secret),
                    file + " leaks the draft");
        }
        return names.stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Problem p = report.problems().stream()
                            .filter(x -> x.path().equals("content/praktijkvoorbeelden/" + name))
                            .findFirst()
                            .orElseThrow(() ->
                                    new AssertionError("no warning for " + name + ": " + HostileSite.lines(report)));
                    assertTrue(p.message().contains("niet gepubliceerd"), p.message());
                    assertEquals(Severity.WARNING, p.severity());
                }));
    }
}
