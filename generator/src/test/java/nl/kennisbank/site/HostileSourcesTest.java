package nl.kennisbank.site;

import static nl.kennisbank.site.HostileSite.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's own settings and templates used to reach outside it: folders and links outside the repository, an
 * output inside a source folder, and templates that try to run commands or reflect. Each case changes the site's
 * settings or a template, so each has its own copy; most are refused before anything is built.
 */
class HostileSourcesTest {

    @TempDir
    Path tmp;

    private Path work(String name) throws Exception {
        return Files.createDirectories(tmp.resolve(name.replaceAll("[^a-z0-9]+", "-")));
    }

    @TestFactory
    Stream<DynamicTest> foldersOutsideTheSiteAreRefusedAtTheirLine() {
        return Stream.of(
                        new String[] {"asset.folder", "/etc"},
                        new String[] {"asset.folder", "../elders"},
                        new String[] {"template.folder", "../elders"},
                        new String[] {"data.folder", "../elders"},
                        new String[] {"content.folder", "../elders"},
                        new String[] {"asset.folder", "koppeling"})
                .map(kv -> DynamicTest.dynamicTest(kv[0] + "=" + kv[1], () -> {
                    Path work = work(kv[0] + kv[1]);
                    Path elders = Files.createDirectories(work.resolve("elders"));
                    Files.writeString(elders.resolve("geheim.txt"), "GEHEIM");
                    HostileSite site = HostileSite.golden(work).setting(kv[0], kv[1]);
                    Files.createSymbolicLink(site.root().resolve("koppeling"), elders);
                    BuildReport report = site.build();
                    assertFalse(report.succeeded());
                    Problem p = assertProblem(
                            report, ProblemCode.CONFIG_FOLDER_OUTSIDE, "jbake.properties", kv[0] + "=" + kv[1]);
                    assertEquals(
                            Files.readAllLines(site.root().resolve("jbake.properties"))
                                            .indexOf(kv[0] + "=" + kv[1])
                                    + 1,
                            p.line());
                    assertFalse(Files.exists(site.output()));
                }));
    }

    @Test
    void aSiteWithoutTheTemplateKeyOfANewPageTypeIsToldWhichLineToAdd() throws Exception {
        HostileSite site = HostileSite.golden(work("no-map-template")).without("template.kaart.file");
        BuildReport report = site.build();
        assertFalse(report.succeeded());
        assertProblem(
                report,
                ProblemCode.RENDER_FAILED,
                "jbake.properties",
                "Voeg deze regel toe: template.kaart.file=kaart.ftlh");
        assertTrue(
                report.problems().stream().noneMatch(p -> p.message().contains("Exception")),
                () -> report.problems().toString());
        assertFalse(Files.exists(site.output()));
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
        return Stream.of("content/site", "templates/uit", "assets/uit", "data/site", "content")
                .map(out -> DynamicTest.dynamicTest(out, () -> {
                    HostileSite site = HostileSite.golden(work(out));
                    IllegalStateException e = assertThrows(
                            IllegalStateException.class,
                            () -> new SitePipeline(SearchStage.NONE)
                                    .build(new BuildOptions(
                                            site.root(), site.root().resolve(out), Optional.empty(), false, 1)));
                    assertTrue(
                            e.getMessage().contains("waaruit de site gemaakt wordt")
                                    || e.getMessage().contains("niet door kennisbank gemaakt"),
                            e.getMessage());
                    assertFalse(Files.exists(site.root().resolve(out).resolve("index.html")));
                }));
    }

    @TestFactory
    Stream<DynamicTest> templatesCannotRunCommandsInstantiateClassesOrReflect() {
        return Stream.of(
                        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
                        "<#assign oc=\"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.lang.ProcessBuilder\", [\"id\"]).start()}",
                        "<#assign j=\"freemarker.template.utility.JythonRuntime\"?new()><@j>import os; os.system('id')</@j>",
                        "${content?api.getClass().forName(\"java.lang.Runtime\")}",
                        "${site.getClass().getClassLoader()}",
                        "${content.getClass().getName()}")
                .map(attack -> DynamicTest.dynamicTest(attack, () -> {
                    HostileSite site = HostileSite.golden(work(attack));
                    Path template = site.root().resolve("templates/pagina.ftlh");
                    Files.writeString(template, attack + "\n" + Files.readString(template));
                    BuildReport report = site.build();
                    assertFalse(report.succeeded(), "the template must not render");
                    Problem p = report.problems().stream()
                            .filter(x -> x.path().startsWith("templates/pagina.ftlh"))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(HostileSite.lines(report)));
                    assertEquals(1, p.line(), p.format());
                    assertFalse(p.message().contains("\n"), "one line: " + p.message());
                    assertFalse(Files.exists(site.output()), "nothing published");
                }));
    }
}
