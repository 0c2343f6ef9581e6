package nl.kennisbank.site;

import static nl.kennisbank.site.HostileSite.assertHarmless;
import static nl.kennisbank.site.HostileSite.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.kennisbank.config.HtmlMode;
import nl.kennisbank.jbake.SecurityPolicy;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.ProblemCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a body can put in a page: raw HTML from someone who wants script to run ({@link HtmlAttacks}), unsafe link
 * schemes, headings named like the page's own ids, and the content security policy on every page. All attacks of
 * one kind share one site, each in its own practice, so one build answers for all of them.
 */
class HostileHtmlTest {

    /** Where the attack starts in the practice: 9 header lines, "Inleiding", an empty line. */
    private static final int ATTACK_LINE = 12;

    @TempDir
    Path tmp;

    private static String slug(int i) {
        return String.format(Locale.ROOT, "aanval-%02d", i);
    }

    /** The golden site with each body in its own practice, {@code aanval-00}, {@code aanval-01}… */
    private HostileSite siteWith(List<String> bodies) {
        HostileSite site = HostileSite.golden(tmp);
        IntStream.range(0, bodies.size()).forEach(i -> site.practice(slug(i), "Inleiding\n\n" + bodies.get(i) + "\n"));
        return site;
    }

    private static List<String> attacks() {
        return HtmlAttacks.ALL.stream().map(HtmlAttacks.Attack::markdown).toList();
    }

    private static Stream<DynamicTest> perAttack(ThrowingAttackTest test) {
        return IntStream.range(0, HtmlAttacks.ALL.size())
                .mapToObj(i -> DynamicTest.dynamicTest(HtmlAttacks.ALL.get(i).name(), () -> test.run(i)));
    }

    private interface ThrowingAttackTest {
        void run(int i) throws Exception;
    }

    @TestFactory
    Stream<DynamicTest> rawHtmlIsPublishedAsTextWithALocatedWarningByDefault() throws Exception {
        HostileSite site = siteWith(attacks()).setting("kennisbank.html", "escape");
        BuildReport report = site.build();
        assertTrue(report.succeeded(), () -> HostileSite.lines(report));
        return perAttack(i -> {
            String path = "content/praktijkvoorbeelden/" + slug(i) + ".md";
            Problem warning = assertProblem(report, ProblemCode.HTML_ESCAPED, path, "lezers zien de code als tekst");
            assertEquals(ATTACK_LINE, warning.line(), warning.format());
            assertHarmless(Jsoup.parse(site.read("praktijkvoorbeelden/" + slug(i) + "/index.html"))
                    .selectFirst("main"));
        });
    }

    @TestFactory
    Stream<DynamicTest> allowListRefusesWhatItWouldRemoveAtThePlaceItWasWritten() throws Exception {
        HostileSite site = siteWith(attacks());
        BuildReport report = site.check();
        Stream<DynamicTest> nothingPublished = Stream.of(DynamicTest.dynamicTest("nothing is published", () -> {
            assertFalse(site.build().succeeded());
            assertFalse(Files.exists(site.output()), "nothing published");
        }));
        return Stream.concat(
                perAttack(i -> {
                    String path = "content/praktijkvoorbeelden/" + slug(i) + ".md";
                    List<Problem> unsafe = report.problems().stream()
                            .filter(p -> p.code() == ProblemCode.HTML_UNSAFE
                                    && p.path().equals(path))
                            .toList();
                    assertFalse(
                            unsafe.isEmpty(),
                            () -> "nothing reported for "
                                    + HtmlAttacks.ALL.get(i).name() + ": " + HostileSite.lines(report));
                    for (Problem p : unsafe) {
                        assertTrue(p.line() == ATTACK_LINE || p.line() == ATTACK_LINE + 1, p.format());
                        assertTrue(p.message().contains("is niet toegestaan en wordt niet gepubliceerd"), p.message());
                    }
                }),
                nothingPublished);
    }

    @TestFactory
    Stream<DynamicTest> allowListOutputOfEveryAttackIsHarmlessEvenWithoutTheCheck() {
        MarkdownProcessor markdown = new MarkdownProcessor();
        return perAttack(i -> {
            String html = markdown.render(
                    markdown.parse("Inleiding\n\n" + HtmlAttacks.ALL.get(i).markdown()),
                    url -> url,
                    HtmlMode.ALLOW_LIST);
            assertHarmless(Jsoup.parseBodyFragment(html).body());
        });
    }

    @TestFactory
    Stream<DynamicTest> markdownLinksWithUnsafeSchemesAreRefusedWhereTheyStand() throws Exception {
        List<String> links = List.of(
                "[klik](javascript:alert(1))",
                "[klik](JavaScript:alert(1))",
                "![plaatje](data:image/svg+xml;base64,PHN2Zz4=)",
                "[klik][verwijzing]\n\n[verwijzing]: javascript:alert(1)",
                "<javascript:alert(1)>",
                "<data:text/html,x>",
                "[klik](vbscript:msgbox)",
                "[klik](java&#x09;script:alert(1))");
        BuildReport report = siteWith(links).check();
        return IntStream.range(0, links.size())
                .mapToObj(i -> DynamicTest.dynamicTest(links.get(i), () -> {
                    Problem p = assertProblem(
                            report,
                            ProblemCode.LINK_UNSAFE,
                            "content/praktijkvoorbeelden/" + slug(i) + ".md",
                            "zijn niet toegestaan");
                    assertEquals(ATTACK_LINE, p.line(), p.format());
                }));
    }

    @Test
    void headingsNamedLikeThePagesOwnIdsGetOtherIdsSoNoIdIsOnAPageTwice() throws Exception {
        HostileSite site = HostileSite.golden(tmp)
                .practice("koppen", "## Inhoud\n\nTekst.\n\n## Inhoud\n\nMeer.\n\n### Tekst inhoud\n\nNog meer.\n")
                .file(
                        "content/over.md",
                        "---\ntitel: Over\nbronnen: []\n---\nZie [de inhoud](praktijkvoorbeelden/koppen.md#tekst2-inhoud).\n");
        BuildReport report = site.build();
        assertTrue(report.succeeded(), () -> HostileSite.lines(report));
        Element page = Jsoup.parse(site.read("praktijkvoorbeelden/koppen/index.html"));
        assertEquals(
                List.of("tekst2-inhoud", "inhoud-1", "tekst-inhoud"),
                page.select("main h2[id], main h3[id]").eachAttr("id"));
        assertEquals(
                "main", page.getElementById("inhoud").normalName(), "the skip link still reaches the main content");
        for (String file : FixtureSites.files(site.output()).stream()
                .filter(f -> f.endsWith(".html"))
                .toList()) {
            Set<String> seen = new HashSet<>();
            for (String id : Jsoup.parse(site.read(file)).select("[id]").eachAttr("id")) {
                assertTrue(seen.add(id), "id '" + id + "' twice in " + file);
            }
        }
    }

    @Test
    void unknownValueForRawHtmlIsAConfigurationErrorAtItsLine() throws Exception {
        HostileSite site = HostileSite.golden(tmp).setting("kennisbank.html", "aan");
        Problem p = assertProblem(site.check(), ProblemCode.CONFIG_HTML_MODE, "jbake.properties", "Kies 'escape'");
        assertEquals(
                Files.readAllLines(site.root().resolve("jbake.properties")).indexOf("kennisbank.html=aan") + 1,
                p.line());
    }

    @Test
    void everyHtmlPageCarriesTheContentSecurityPolicyEvenWhenItsTemplateHasNone() throws Exception {
        HostileSite site = HostileSite.golden(tmp);
        assertFalse(
                Files.readString(site.root().resolve("templates/layout.ftlh")).contains("Content-Security-Policy"));
        assertTrue(site.build().succeeded());
        List<String> pages = FixtureSites.files(site.output()).stream()
                .filter(f -> f.endsWith(".html"))
                .toList();
        assertFalse(pages.isEmpty());
        for (String page : pages) {
            Element meta = Jsoup.parse(site.read(page)).head().selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertTrue(meta != null && meta.attr("content").equals(SecurityPolicy.POLICY), page);
        }
    }

    @Test
    void exampleSiteLayoutSetsTheSamePolicyTheGeneratorAdds() throws Exception {
        String layout = Files.readString(ExampleSite.root().resolve("templates/layout.ftlh"), StandardCharsets.UTF_8);
        assertTrue(
                layout.contains("content=\"" + SecurityPolicy.POLICY + "\""),
                "templates/layout.ftlh and SecurityPolicy.POLICY differ");
    }

    @Test
    void aPolicyInTheBodyTextDoesNotStopThePolicyBeingAdded() {
        String page =
                "<!DOCTYPE html><html><head><title>x</title></head><body><p>http-equiv=Content-Security-Policy</p></body></html>";
        String ensured = SecurityPolicy.ensure(page);
        assertEquals(
                SecurityPolicy.POLICY,
                Jsoup.parse(ensured).head().selectFirst("meta[http-equiv]").attr("content"));
        assertEquals(ensured, SecurityPolicy.ensure(ensured), "a page with a policy is left as it is");
        assertTrue(SecurityPolicy.isPage("<!-- x -->\n<html><body>x</body></html>"));
        assertFalse(SecurityPolicy.isPage("<?xml version=\"1.0\"?><feed/>"));
    }
}
