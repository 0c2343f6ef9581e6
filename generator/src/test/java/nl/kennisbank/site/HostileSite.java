package nl.kennisbank.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.markdown.SafeUrls;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.site.search.SearchStage;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** A copy of the golden site that a test adds hostile or careless files to, then checks or builds. */
final class HostileSite {

    static final String PRACTICE_HEADER = """
            ---
            titel: Aanval
            samenvatting: Een pagina van iemand die kwaad wil.
            datum: 2026-01-01
            status: gepubliceerd
            sectoren: [onderwijs]
            themas: [meedoen]
            pijlers: [activeren]
            ---
            """;

    /** Elements that must never reach a page from content. */
    private static final Set<String> FORBIDDEN = Set.of(
            "script",
            "iframe",
            "frame",
            "object",
            "embed",
            "form",
            "input",
            "meta",
            "base",
            "style",
            "link",
            "svg",
            "math",
            "noscript",
            "template",
            "details",
            "animate",
            "set");

    private final Path root;
    private final Path output;

    private HostileSite(Path work) {
        this.root = work.resolve("site");
        this.output = work.resolve("uit");
        FixtureSites.copyTree(FixtureSites.golden(), root);
    }

    static HostileSite golden(Path work) {
        return new HostileSite(work);
    }

    Path root() {
        return root;
    }

    Path output() {
        return output;
    }

    /** Writes a file relative to the site root. */
    HostileSite file(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A published practice with this body (the header is valid, so only the body is on trial). */
    HostileSite practice(String slug, String body) {
        return file("content/praktijkvoorbeelden/" + slug + ".md", PRACTICE_HEADER + body);
    }

    /** Sets (or replaces) one line of jbake.properties. */
    HostileSite setting(String key, String value) {
        return settingLines(key, "\n" + key + "=" + value + "\n");
    }

    /** Removes one key from jbake.properties, as in a site made with an older version. */
    HostileSite without(String key) {
        return settingLines(key, "\n");
    }

    private HostileSite settingLines(String key, String appended) {
        try {
            Path file = root.resolve("jbake.properties");
            String kept = String.join(
                    "\n",
                    Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                            .filter(line -> !line.startsWith(key + "="))
                            .toList());
            Files.writeString(file, kept + appended, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BuildReport check() throws Exception {
        return new SitePipeline(SearchStage.NONE).check(BuildOptions.defaults(root, output));
    }

    BuildReport build() throws Exception {
        return new SitePipeline(SearchStage.NONE).build(new BuildOptions(root, output, Optional.empty(), false, 2));
    }

    String read(String sitePath) {
        try {
            return Files.readString(output.resolve(sitePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems as editors see them, one per line. */
    static String lines(BuildReport report) {
        return String.join("\n", report.problems().stream().map(Problem::format).toList());
    }

    /** The problem with this code at this path whose message contains {@code messagePart}; fails with all problems when there is none. */
    static Problem assertProblem(BuildReport report, ProblemCode code, String path, String messagePart) {
        return report.problems().stream()
                .filter(p ->
                        p.code() == code && p.path().equals(path) && p.message().contains(messagePart))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "expected " + code + " at " + path + " saying '" + messagePart + "', got:\n" + lines(report)));
    }

    /** No element, attribute or URL in the tree that could run script, leave the site or ask for a password. */
    static void assertHarmless(Element root) {
        for (Element el : root.getAllElements()) {
            if (FORBIDDEN.contains(el.normalName())) {
                throw new AssertionError("<" + el.normalName() + "> in " + root.html());
            }
            for (Attribute attr : el.attributes()) {
                String key = attr.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc") || key.equals("formaction")) {
                    throw new AssertionError(key + " on <" + el.normalName() + "> in " + root.html());
                }
                if ((key.equals("href") || key.equals("src") || key.equals("action") || key.equals("data"))
                        && !SafeUrls.isSafe(attr.getValue())) {
                    throw new AssertionError(attr + " in " + root.html());
                }
            }
        }
        if (root.html().contains(HtmlAttacks.MARK)
                && !root.text().contains(HtmlAttacks.MARK)
                && root.select("[title*=" + HtmlAttacks.MARK + "]").isEmpty()) {
            throw new AssertionError("active mark in " + root.html());
        }
    }
}
