package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.kennisbank.config.HtmlMode;
import nl.kennisbank.jbake.SecurityPolicy;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.markdown.SafeUrls;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.ProblemCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content written by someone who wants script to run on the site, or secrets to leak: every case ends in a located
 * Dutch message or in output that cannot do harm.
 */
class HostileContentTest {

    /** Where the attack starts in the practice: 9 header lines, "Inleiding", an empty line. */
    private static final int ATTACK_LINE = 12;
    private static final Set<String> FORBIDDEN = Set.of("script", "iframe", "frame", "object", "embed", "form", "input", "meta",
            "base", "style", "link", "svg", "math", "noscript", "template", "details", "animate", "set");

    @TempDir
    Path tmp;

    private Path work(String name) throws Exception {
        return Files.createDirectories(tmp.resolve(name.replaceAll("[^a-z0-9]+", "-")));
    }

    @TestFactory
    Stream<DynamicTest> rawHtmlIsPublishedAsTextWithALocatedWarningByDefault() {
        return HtmlAttacks.ALL.stream().map(attack -> DynamicTest.dynamicTest(attack.name(), () -> {
            HostileSite site = HostileSite.golden(work(attack.name())).setting("kennisbank.html", "escape")
                    .practice("aanval", "Inleiding\n\n" + attack.markdown() + "\n");
            BuildReport report = site.build();
            assertTrue(report.succeeded(), () -> HostileSite.lines(report));
            Problem warning = report.problems().stream().filter(p -> p.code() == ProblemCode.HTML_ESCAPED && p.path().endsWith("aanval.md")).findFirst().orElseThrow();
            assertEquals("content/praktijkvoorbeelden/aanval.md", warning.path());
            assertEquals(ATTACK_LINE, warning.line());
            assertTrue(warning.message().contains("lezers zien de code als tekst"), warning.message());
            assertHarmless(Jsoup.parse(site.read("praktijkvoorbeelden/aanval/index.html")).selectFirst("main"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> allowListRefusesWhatItWouldRemoveAtThePlaceItWasWritten() {
        return HtmlAttacks.ALL.stream().map(attack -> DynamicTest.dynamicTest(attack.name(), () -> {
            HostileSite site = HostileSite.golden(work(attack.name()))
                    .practice("aanval", "Inleiding\n\n" + attack.markdown() + "\n");
            BuildReport report = site.check();
            List<Problem> unsafe = report.problems().stream().filter(p -> p.code() == ProblemCode.HTML_UNSAFE).toList();
            assertFalse(unsafe.isEmpty(), () -> "nothing reported for " + attack.name() + ": " + HostileSite.lines(report));
            for (Problem p : unsafe) {
                assertEquals("content/praktijkvoorbeelden/aanval.md", p.path());
                assertTrue(p.line() == ATTACK_LINE || p.line() == ATTACK_LINE + 1, p.format());
                assertTrue(p.message().contains("is niet toegestaan en wordt niet gepubliceerd"), p.message());
            }
            assertFalse(site.build().succeeded());
            assertFalse(Files.exists(site.output()), "nothing published");
        }));
    }

    @TestFactory
    Stream<DynamicTest> allowListOutputOfEveryAttackIsHarmlessEvenWithoutTheCheck() {
        MarkdownProcessor markdown = new MarkdownProcessor();
        return HtmlAttacks.ALL.stream().map(attack -> DynamicTest.dynamicTest(attack.name(), () -> {
            String html = markdown.render(markdown.parse("Inleiding\n\n" + attack.markdown()), url -> url, HtmlMode.ALLOW_LIST);
            assertHarmless(Jsoup.parseBodyFragment(html).body());
        }));
    }

    @TestFactory
    Stream<DynamicTest> markdownLinksWithUnsafeSchemesAreRefusedWhereTheyStand() {
        return Stream.of(
                "[klik](javascript:alert(1))",
                "[klik](JavaScript:alert(1))",
                "![plaatje](data:image/svg+xml;base64,PHN2Zz4=)",
                "[klik][verwijzing]\n\n[verwijzing]: javascript:alert(1)",
                "<javascript:alert(1)>",
                "<data:text/html,x>",
                "[klik](vbscript:msgbox)",
                "[klik](java&#x09;script:alert(1))").map(md -> DynamicTest.dynamicTest(md, () -> {
                    HostileSite site = HostileSite.golden(work(md)).practice("aanval", "Inleiding\n\n" + md + "\n");
                    BuildReport report = site.check();
                    Problem p = report.problems().stream().filter(x -> x.code() == ProblemCode.LINK_UNSAFE).findFirst()
                            .orElseThrow(() -> new AssertionError(HostileSite.lines(report)));
                    assertEquals(ATTACK_LINE, p.line(), p.format());
                    assertTrue(p.message().contains("zijn niet toegestaan"), p.message());
                }));
    }

    @Test
    void unknownValueForRawHtmlIsAConfigurationErrorAtItsLine() throws Exception {
        HostileSite site = HostileSite.golden(work("html-setting")).setting("kennisbank.html", "aan");
        BuildReport report = site.check();
        Problem p = report.problems().stream().filter(x -> x.code() == ProblemCode.CONFIG_HTML_MODE).findFirst().orElseThrow();
        assertEquals("jbake.properties", p.path());
        assertEquals(Files.readAllLines(site.root().resolve("jbake.properties")).indexOf("kennisbank.html=aan") + 1, p.line());
        assertTrue(p.message().contains("Kies 'escape'"), p.message());
    }

    @Test
    void everyHtmlPageCarriesTheContentSecurityPolicyEvenWhenItsTemplateHasNone() throws Exception {
        HostileSite site = HostileSite.golden(work("csp"));
        assertFalse(Files.readString(site.root().resolve("templates/layout.ftlh")).contains("Content-Security-Policy"));
        assertTrue(site.build().succeeded());
        List<String> pages = FixtureSites.files(site.output()).stream().filter(f -> f.endsWith(".html")).toList();
        assertFalse(pages.isEmpty());
        for (String page : pages) {
            Element meta = Jsoup.parse(site.read(page)).head().selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertTrue(meta != null && meta.attr("content").equals(SecurityPolicy.POLICY), page);
        }
    }

    @Test
    void exampleSiteLayoutSetsTheSamePolicyTheGeneratorAdds() throws Exception {
        String layout = Files.readString(ExampleSite.root().resolve("templates/layout.ftlh"), StandardCharsets.UTF_8);
        assertTrue(layout.contains("content=\"" + SecurityPolicy.POLICY + "\""), "templates/layout.ftlh and SecurityPolicy.POLICY differ");
    }

    @Test
    void aPolicyInTheBodyTextDoesNotStopThePolicyBeingAdded() {
        String page = "<!DOCTYPE html><html><head><title>x</title></head><body><p>http-equiv=Content-Security-Policy</p></body></html>";
        String ensured = SecurityPolicy.ensure(page);
        assertEquals(SecurityPolicy.POLICY, Jsoup.parse(ensured).head().selectFirst("meta[http-equiv]").attr("content"));
        assertEquals(ensured, SecurityPolicy.ensure(ensured), "a page with a policy is left as it is");
        assertTrue(SecurityPolicy.isPage("<!-- x -->\n<html><body>x</body></html>"));
        assertFalse(SecurityPolicy.isPage("<?xml version=\"1.0\"?><feed/>"));
    }

    // --- files under content/ that are not Markdown ---

    private record FileCase(String path, String text, ProblemCode code) {
    }

    @TestFactory
    Stream<DynamicTest> codeAndUnknownFilesInContentAreRefusedWithTheirPath() {
        return Stream.of(
                new FileCase("content/boos.html", "<!DOCTYPE html><script>document.title='x'</script>", ProblemCode.FILE_TYPE_CODE),
                new FileCase("content/index.html", "<h1>Nep-home</h1>", ProblemCode.FILE_TYPE_CODE),
                new FileCase("content/afbeeldingen/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", ProblemCode.FILE_TYPE_SVG),
                new FileCase("content/js/zoeken.js", "alert(1)", ProblemCode.FILE_TYPE_CODE),
                new FileCase("content/css/site.css", "body{display:none}", ProblemCode.FILE_TYPE_CODE),
                new FileCase("content/sitemap.xml", "<urlset/>", ProblemCode.FILE_TYPE_CODE),
                new FileCase("content/module.mjs", "export {}", ProblemCode.FILE_TYPE_CODE),
                new FileCase("content/programma.exe", "MZ", ProblemCode.FILE_TYPE_UNKNOWN),
                new FileCase("content/zonder-extensie", "x", ProblemCode.FILE_TYPE_UNKNOWN),
                new FileCase("content/pagina.html", "title=Pagina\ntype=pagina\n~~~~~~\n<script>alert(1)</script>", ProblemCode.HTML_DOCUMENT_UNSUPPORTED))
                .map(c -> DynamicTest.dynamicTest(c.path(), () -> {
                    HostileSite site = HostileSite.golden(work(c.path())).setting("kennisbank.static-files.allow", "").file(c.path(), c.text());
                    BuildReport report = site.build();
                    assertFalse(report.succeeded());
                    assertProblem(report, c.code(), c.path(), "");
                    assertFalse(Files.exists(site.output().resolve(c.path().substring("content/".length()))));
                }));
    }

    @TestFactory
    Stream<DynamicTest> allowedStaticFilesNeverReplaceWhatTheBuildWrites() {
        return Stream.of(
                new FileCase("content/index.html", "<h1>Nep-home</h1>", null),
                new FileCase("content/404.html", "<h1>Nep</h1>", null),
                new FileCase("content/css/site.css", "body{display:none}", null),
                new FileCase("content/praktijkvoorbeelden/u-pas/index.html", "<h1>Nep</h1>", null),
                new FileCase("content/themas/meedoen/index.html", "<h1>Nep</h1>", null),
                new FileCase("content/zoeken/index/meta.json", "{}", null),
                new FileCase("content/robots.txt", "Disallow: /", null),
                new FileCase("content/sitemap.xml", "<urlset/>", null)).map(c -> DynamicTest.dynamicTest(c.path(), () -> {
                    HostileSite site = HostileSite.golden(work(c.path())).setting("kennisbank.static-files.allow", "html, css, json, xml, svg")
                            .file(c.path(), c.text());
                    BuildReport report = site.build();
                    assertFalse(report.succeeded(), () -> HostileSite.lines(report));
                    Problem p = assertProblem(report, ProblemCode.STATIC_OVER_GENERATED, c.path(), "maar daar staat al");
                    assertTrue(p.message().contains("/" + c.path().substring("content/".length())), p.message());
                }));
    }

    @Test
    void anAllowedHtmlFileIsPublishedWithThePolicySoItsInlineScriptCannotRun() throws Exception {
        HostileSite site = HostileSite.golden(work("allowed-html")).setting("kennisbank.static-files.allow", "svg, html")
                .file("content/bijlage/oud.html", "<!DOCTYPE html><html><head><title>Oud</title></head><body><script>alert(1)</script></body></html>");
        assertTrue(site.build().succeeded());
        Element meta = Jsoup.parse(site.read("bijlage/oud.html")).head().selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertEquals(SecurityPolicy.POLICY, meta.attr("content"));
    }

    @Test
    void aNonsenseAllowedTypeIsAConfigurationError() throws Exception {
        BuildReport report = HostileSite.golden(work("allow-setting")).setting("kennisbank.static-files.allow", "html, *.js").check();
        assertProblem(report, ProblemCode.CONFIG_STATIC_TYPE, "jbake.properties", "*.js");
    }

    // --- every file's URL passes the same checks, whatever its header style ---

    @TestFactory
    Stream<DynamicTest> aJBakeHeaderCannotTakeAPageTheSiteMakes() {
        return Stream.of("content/index.md", "content/zoeken/index.md", "content/404.md", "content/sitemap.md", "content/themas/index.md")
                .map(path -> DynamicTest.dynamicTest(path, () -> {
                    HostileSite site = HostileSite.golden(work(path)).file(path, "title=Nep\ntype=pagina\nstatus=published\n~~~~~~\nOvergenomen.\n");
                    BuildReport report = site.check();
                    if (path.equals("content/sitemap.md")) { // sitemap.html is no generated page: this one is allowed
                        assertTrue(report.problems().stream().noneMatch(p -> p.path().equals(path)), () -> HostileSite.lines(report));
                    } else {
                        assertProblem(report, ProblemCode.URL_TAKEN, path, "al van een pagina die de site zelf maakt");
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> aFileNameThatIsNoSlugIsAnErrorWhateverTheHeader() {
        return Stream.of("---\ntitel: Hoofdletters\n---\nTekst.\n", "title=Hoofdletters\ntype=pagina\n~~~~~~\nTekst.\n")
                .map(text -> DynamicTest.dynamicTest(text.substring(0, 5), () -> {
                    BuildReport report = HostileSite.golden(work(text.substring(0, 5))).file("content/Hoofd Letters.md", text).check();
                    assertProblem(report, ProblemCode.SLUG_INVALID_NAME, "content/Hoofd Letters.md", "'hoofd-letters'");
                }));
    }

    // --- back-ups and drafts ---

    @TestFactory
    Stream<DynamicTest> backUpAndEditorFilesAreNeverPublishedAndSayWhy() {
        String secret = "GEHEIM-ONDERHANDELINGSRESULTAAT";
        String draft = HostileSite.PRACTICE_HEADER.replace("status: gepubliceerd", "status: concept") + secret + "\n";
        return Stream.of("geheim-concept.md~", "#geheim-concept.md#", "geheim-concept.md.orig", "geheim-concept.md.rej", ".geheim-concept.md.swp",
                ".#geheim-concept.md", "geheim-concept.md.bak", "geheim-concept.MD", "geheim-concept.markdown", "~$rapport.docx", "geheim-concept.md.tmp")
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    HostileSite site = HostileSite.golden(work(name)).practice("geheim-concept", draft.substring(HostileSite.PRACTICE_HEADER.length()))
                            .file("content/praktijkvoorbeelden/geheim-concept.md", draft).file("content/praktijkvoorbeelden/" + name, draft);
                    BuildReport report = site.build();
                    assertTrue(report.succeeded(), () -> HostileSite.lines(report));
                    Problem p = report.problems().stream().filter(x -> x.path().equals("content/praktijkvoorbeelden/" + name)).findFirst()
                            .orElseThrow(() -> new AssertionError("no warning for " + name + ": " + HostileSite.lines(report)));
                    assertEquals(nl.kennisbank.problems.Severity.WARNING, p.severity());
                    assertTrue(p.message().contains("niet gepubliceerd"), p.message());
                    for (String file : FixtureSites.files(site.output())) {
                        assertFalse(Files.readString(site.output().resolve(file), StandardCharsets.ISO_8859_1).contains(secret), file + " leaks the draft");
                    }
                }));
    }

    // --- nothing from outside the repository ---

    @TestFactory
    Stream<DynamicTest> foldersOutsideTheSiteAreRefusedAtTheirLine() {
        return Stream.of(new String[] {"asset.folder", "/etc"}, new String[] {"asset.folder", "../elders"}, new String[] {"template.folder", "../elders"},
                new String[] {"data.folder", "../elders"}, new String[] {"content.folder", "../elders"}, new String[] {"asset.folder", "koppeling"})
                .map(kv -> DynamicTest.dynamicTest(kv[0] + "=" + kv[1], () -> {
                    Path work = work(kv[0] + kv[1]);
                    Path elders = Files.createDirectories(work.resolve("elders"));
                    Files.writeString(elders.resolve("geheim.txt"), "GEHEIM");
                    HostileSite site = HostileSite.golden(work).setting(kv[0], kv[1]);
                    Files.createSymbolicLink(site.root().resolve("koppeling"), elders);
                    BuildReport report = site.build();
                    assertFalse(report.succeeded());
                    Problem p = assertProblem(report, ProblemCode.CONFIG_FOLDER_OUTSIDE, "jbake.properties", kv[0] + "=" + kv[1]);
                    assertEquals(Files.readAllLines(site.root().resolve("jbake.properties")).indexOf(kv[0] + "=" + kv[1]) + 1, p.line());
                    assertFalse(Files.exists(site.output()));
                }));
    }

    @Test
    void anAssetThatLinksOutsideTheSiteIsRefused() throws Exception {
        HostileSite site = HostileSite.golden(work("asset-link"));
        Path secret = Files.writeString(tmp.resolve("wachtwoorden.txt"), "GEHEIM");
        Files.createSymbolicLink(site.root().resolve("assets/css/geheim.txt"), secret);
        BuildReport report = site.build();
        assertProblem(report, ProblemCode.ASSET_LINK_ESCAPES, "assets/css/geheim.txt", "buiten de map van de site");
        assertFalse(Files.exists(site.output().resolve("css/geheim.txt")));
    }

    @TestFactory
    Stream<DynamicTest> anOutputInsideASourceFolderIsRefusedBeforeAnythingIsWritten() {
        return Stream.of("content/site", "templates/uit", "assets/uit", "data/site", "content").map(out -> DynamicTest.dynamicTest(out, () -> {
            HostileSite site = HostileSite.golden(work(out));
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> new SitePipeline(SearchStage.NONE)
                    .build(new nl.kennisbank.config.BuildOptions(site.root(), site.root().resolve(out), java.util.Optional.empty(), false, 1)));
            assertTrue(e.getMessage().contains("waaruit de site gemaakt wordt") || e.getMessage().contains("niet door kennisbank gemaakt"), e.getMessage());
            assertFalse(Files.exists(site.root().resolve(out).resolve("index.html")));
        }));
    }

    // --- templates in a safe FreeMarker configuration ---

    @TestFactory
    Stream<DynamicTest> templatesCannotRunCommandsInstantiateClassesOrReflect() {
        return Stream.of(
                "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
                "<#assign oc=\"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.lang.ProcessBuilder\", [\"id\"]).start()}",
                "<#assign j=\"freemarker.template.utility.JythonRuntime\"?new()><@j>import os; os.system('id')</@j>",
                "${content?api.getClass().forName(\"java.lang.Runtime\")}",
                "${site.getClass().getClassLoader()}",
                "${content.getClass().getName()}").map(attack -> DynamicTest.dynamicTest(attack, () -> {
                    HostileSite site = HostileSite.golden(work(attack));
                    Path template = site.root().resolve("templates/pagina.ftlh");
                    Files.writeString(template, attack + "\n" + Files.readString(template));
                    BuildReport report = site.build();
                    assertFalse(report.succeeded(), "the template must not render");
                    Problem p = report.problems().stream().filter(x -> x.path().startsWith("templates/pagina.ftlh")).findFirst()
                            .orElseThrow(() -> new AssertionError(HostileSite.lines(report)));
                    assertEquals(1, p.line(), p.format());
                    assertFalse(Files.exists(site.output()), "nothing published");
                }));
    }

    private static Problem assertProblem(BuildReport report, ProblemCode code, String path, String messagePart) {
        return report.problems().stream().filter(p -> p.code() == code && p.path().equals(path) && p.message().contains(messagePart)).findFirst()
                .orElseThrow(() -> new AssertionError("expected " + code + " at " + path + " saying '" + messagePart + "', got:\n" + HostileSite.lines(report)));
    }

    /** No element, attribute or URL in the tree that could run script, leave the site or ask for a password. */
    static void assertHarmless(Element root) {
        for (Element el : root.getAllElements()) {
            assertFalse(FORBIDDEN.contains(el.normalName()), () -> "<" + el.normalName() + "> in " + root.html());
            for (Attribute attr : el.attributes()) {
                String key = attr.getKey().toLowerCase(java.util.Locale.ROOT);
                assertFalse(key.startsWith("on") || key.equals("style") || key.equals("srcdoc") || key.equals("formaction"),
                        () -> key + " on <" + el.normalName() + "> in " + root.html());
                if (key.equals("href") || key.equals("src") || key.equals("action") || key.equals("data")) {
                    assertTrue(SafeUrls.isSafe(attr.getValue()), () -> attr + " in " + root.html());
                }
            }
        }
        assertFalse(root.html().contains(HtmlAttacks.MARK) && !root.text().contains(HtmlAttacks.MARK)
                && root.select("[title*=" + HtmlAttacks.MARK + "]").isEmpty(), () -> "active mark in " + root.html());
    }
}
