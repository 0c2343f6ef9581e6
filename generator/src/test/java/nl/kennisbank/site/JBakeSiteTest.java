package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An existing JBake site — key=value headers, Freemarker templates against JBake's data model — still builds. */
class JBakeSiteTest {

    private static BuildReport build(Path output) throws Exception {
        return new SitePipeline(SearchStage.NONE)
                .build(new BuildOptions(
                        FixtureSites.resources().resolve("jbake-classic"), output, Optional.empty(), false, 2));
    }

    @Test
    void jbakeFormatSiteBuildsWithJBakesOwnTemplateModel(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        BuildReport report = build(out);
        assertTrue(report.succeeded(), () -> report.problems().toString());
        String post = Files.readString(out.resolve("blog/2020/tweede.html"));
        assertTrue(post.contains("<h1>Tweede bericht</h1>"), post);
        assertTrue(
                post.contains("<a href=\"hallo.md\">het eerste</a>"),
                "links are left as written, as stock JBake leaves them: " + post);
        assertTrue(post.contains("href=\"../../css/style.css\""), post);
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.indexOf("Tweede bericht") < index.indexOf("Hallo wereld"), "published_posts newest first");
        assertTrue(index.contains("nieuws</a> (2)"), index);
        assertTrue(Files.readString(out.resolve("tags/jbake.html")).contains("Hallo wereld"));
        assertTrue(Files.readString(out.resolve("feed.xml"))
                .contains("<link>https://blog.example.org/blog/2020/hallo.html</link>"));
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("about.html"));
        assertTrue(Files.exists(out.resolve("archive.html")));
        assertTrue(Files.exists(out.resolve("about.html")));
        assertFalse(Files.exists(out.resolve("blog/2020/klad.html")), "a draft is not published under its own name");
        assertTrue(
                Files.exists(out.resolve("blog/2020/klad-draft.html")),
                "a draft is rendered with JBake's draft suffix, as stock JBake does");
        assertFalse(Files.readString(out.resolve("index.html")).contains("Klad"), "drafts stay out of the listings");
    }

    @Test
    void orientDbIsNotOnTheClasspath() {
        assertThrows(
                ClassNotFoundException.class, () -> Class.forName("com.orientechnologies.orient.core.db.OrientDB"));
    }

    @Test
    void jbakeSiteBuildsDeterministically(@TempDir Path tmp) throws Exception {
        build(tmp.resolve("a"));
        build(tmp.resolve("b"));
        for (String file : FixtureSites.files(tmp.resolve("a"))) {
            assertEquals(
                    Files.readString(tmp.resolve("a").resolve(file)),
                    Files.readString(tmp.resolve("b").resolve(file)),
                    file);
        }
    }
}
