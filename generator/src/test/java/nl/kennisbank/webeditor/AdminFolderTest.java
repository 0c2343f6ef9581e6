package nl.kennisbank.webeditor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.config.WebEditorSettings;
import nl.kennisbank.jbake.SecurityPolicy;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.site.BuildMemory;
import nl.kennisbank.site.BuildReport;
import nl.kennisbank.site.FixtureSites;
import nl.kennisbank.site.SitePipeline;
import nl.kennisbank.site.search.Searches;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether and how {@code /admin/} is built: only when the site owner sets the repository (or in the preview, with
 * the local backend only); its page alone has the wider Content-Security-Policy Decap needs, every other page
 * keeps the site's strict one; mistakes in the settings are located Dutch errors.
 */
class AdminFolderTest {

    private static final WebEditorSettings GITLAB = new WebEditorSettings(
            WebEditorSettings.Backend.GITLAB, "organisatie/kennisbank", "0123abc", "main", "", 8081);
    private static final String KEYS =
            "kennisbank.webeditor.repo=organisatie/kennisbank\nkennisbank.webeditor.app-id=0123abc\n";

    @TempDir
    Path tmp;

    @Test
    void onlyTheAdminPageHasTheWiderPolicyEveryOtherPageKeepsTheStrictOne() throws Exception {
        Path site = build(KEYS);
        Path admin = site.resolve("admin/index.html");
        assertEquals(policy(admin), AdminPage.policy(GITLAB, false));
        assertTrue(
                policy(admin).contains("'unsafe-eval'") && policy(admin).contains("https://gitlab.com"), policy(admin));
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html") && !p.startsWith(site.resolve("admin")))
                    .toList();
        }
        assertTrue(pages.size() > 10, "pages: " + pages.size());
        for (Path page : pages) {
            assertEquals(
                    SecurityPolicy.POLICY, policy(page), site.relativize(page).toString());
        }
        assertTrue(Files.readString(site.resolve("_headers"))
                .contains("/admin/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'\n"));
        assertTrue(Files.size(site.resolve("admin/decap-cms-" + WebEditor.decapVersion() + ".js")) > 1_000_000);
        assertTrue(Files.readString(site.resolve("admin/LICENSE-decap-cms.txt")).contains("MIT License"));
        String script = Files.readString(site.resolve("admin/voorbeeld.js"));
        assertTrue(script.contains("registerPreviewStyle(\"../css/"), script);
    }

    @Test
    void withoutTheRepositorySettingBuildPublishesNoAdminButThePreviewOffersTheLocalBackend() throws Exception {
        Path site = build("");
        assertFalse(Files.exists(site.resolve("admin")), "no /admin/ unless the site owner asks for it");
        assertFalse(Files.readString(site.resolve("_headers")).contains("/admin/"));

        Path source = source("");
        Path preview = tmp.resolve("voorbeeld");
        BuildReport report = new SitePipeline(Searches.forSite(source))
                .preview(options(source, preview), BuildMemory.forPreview(), java.util.Set.of());
        assertTrue(report.succeeded(), report.problems().toString());
        String config = Files.readString(preview.resolve("admin/config.yml"));
        assertTrue(config.contains("name: \"proxy\"") && !config.contains("gitlab"), config);
        assertFalse(policy(preview.resolve("admin/index.html")).contains("gitlab"));
    }

    @Test
    void theConfigurationIsTheSameBytesOnEveryBuild() throws Exception {
        Path first = build(KEYS);
        String config = Files.readString(first.resolve("admin/config.yml"));
        Path again = tmp.resolve("opnieuw");
        Path source = tmp.resolve("bron");
        assertTrue(new SitePipeline(Searches.forSite(source))
                .build(options(source, again))
                .succeeded());
        assertEquals(config, Files.readString(again.resolve("admin/config.yml")));
        assertEquals(
                Files.readString(first.resolve("admin/index.html")),
                Files.readString(again.resolve("admin/index.html")));
    }

    @Test
    void mistakesInTheSettingsAreLocatedDutchErrors() throws Exception {
        Path source =
                source("kennisbank.webeditor.repo=organisatie/kennisbank\nkennisbank.webeditor.backend=bitbucket\n"
                        + "kennisbank.webeditor.local-port=99999\n");
        BuildReport report = new SitePipeline(Searches.forSite(source)).check(options(source, tmp.resolve("uit")));
        List<String> messages = report.problems().stream()
                .filter(Problem::isError)
                .map(Problem::format)
                .toList();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(
                messages.stream().allMatch(m -> m.startsWith("jbake.properties:") && m.contains("[CONFIG_WEBEDITOR]")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("kies gitlab of github")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("Application ID")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("65535")), messages.toString());

        Path orphan = tmp.resolve("los");
        FixtureSites.copyTree(FixtureSites.golden(), orphan);
        Files.writeString(
                orphan.resolve("jbake.properties"),
                "kennisbank.webeditor.app-id=0123abc\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        List<String> alone = new SitePipeline(Searches.forSite(orphan))
                .check(options(orphan, tmp.resolve("uit2"))).problems().stream()
                        .filter(Problem::isError)
                        .map(Problem::format)
                        .toList();
        assertEquals(1, alone.size(), alone.toString());
        assertTrue(alone.get(0).contains("zonder kennisbank.webeditor.repo"), alone.toString());
    }

    @Test
    void noContentPageCanTakeTheAddressOfTheWebEditor() throws Exception {
        Path source = source(KEYS);
        Files.writeString(
                source.resolve("content/admin.md"),
                "---\ntitel: Beheer\nbronnen: []\n---\nOnze eigen beheerpagina.\n",
                StandardCharsets.UTF_8);
        List<String> errors = new SitePipeline(Searches.forSite(source))
                .check(options(source, tmp.resolve("uit"))).problems().stream()
                        .filter(Problem::isError)
                        .map(Problem::format)
                        .toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(
                errors.get(0).startsWith("content/admin.md:")
                        && errors.get(0).contains("[URL_TAKEN]")
                        && errors.get(0).contains("/admin/"),
                errors.toString());
    }

    private Path build(String keys) throws Exception {
        Path source = source(keys);
        Path site = tmp.resolve("site");
        BuildReport report = new SitePipeline(Searches.forSite(source)).build(options(source, site));
        assertTrue(report.succeeded(), report.problems().toString());
        return site;
    }

    private Path source(String keys) throws IOException {
        Path source = tmp.resolve("bron");
        if (!Files.exists(source)) {
            FixtureSites.copyTree(FixtureSites.golden(), source);
            Files.writeString(
                    source.resolve("jbake.properties"), "\n" + keys, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        return source;
    }

    private static BuildOptions options(Path source, Path output) {
        return new BuildOptions(source, output, Optional.empty(), false, 2, FixtureSites.TODAY);
    }

    private static String policy(Path page) throws IOException {
        Element meta =
                Jsoup.parse(Files.readString(page)).head().selectFirst("meta[http-equiv=Content-Security-Policy]");
        return meta == null ? "" : meta.attr("content");
    }
}
