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
