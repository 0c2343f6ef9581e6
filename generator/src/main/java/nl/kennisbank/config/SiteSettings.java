package nl.kennisbank.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.problems.Severity;
import nl.kennisbank.problems.Suggestions;

/**
 * The site's own settings ({@code kennisbank.*} keys in {@code jbake.properties}).
 *
 * @param title       the site name shown on every page
 * @param description one sentence about the site, for the home page and search engines
 * @param baseUrl     absolute URL ending in '/', or empty when unknown (then no canonical links are written)
 * @param html        what happens to raw HTML in Markdown ({@code kennisbank.html}); escaped unless the owner chose otherwise
 * @param extraStaticTypes file extensions the site owner allows in {@code content/} beyond the safe ones
 *                    ({@code kennisbank.static-files.allow}, lower case, without dot)
 * @param links       the edit and submission links ({@code kennisbank.edit-url}, {@code kennisbank.submit-url})
 * @param webEditor   the web editor at /admin/ ({@code kennisbank.webeditor.*})
 * @param houseRules  how a JBake-format site hears of the knowledge base's editorial rules ({@code kennisbank.house-rules}):
 *                    as warnings (the default: the site never agreed to them) or as errors that stop the build
 */
public record SiteSettings(
        String title,
        String description,
        String baseUrl,
        HtmlMode html,
        Set<String> extraStaticTypes,
        EditorLinks links,
        WebEditorSettings webEditor,
        Severity houseRules) {

    static final String HTML_KEY = "kennisbank.html";
    static final String STATIC_KEY = "kennisbank.static-files.allow";
    static final String HOUSE_RULES_KEY = "kennisbank.house-rules";
    private static final Set<String> KEYS = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                            "kennisbank.title",
                            "kennisbank.description",
                            "kennisbank.base-url",
                            HTML_KEY,
                            STATIC_KEY,
                            HOUSE_RULES_KEY,
                            EditorLinks.EDIT_KEY,
                            EditorLinks.SUBMIT_KEY),
                    WebEditorSettings.KEYS.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    public SiteSettings {
        extraStaticTypes = Set.copyOf(extraStaticTypes);
    }

    /** The defaults of a site without settings of its own. */
    public static SiteSettings defaults() {
        return new SiteSettings(
                "Kennisbank Kinderarmoede",
                "",
                "",
                HtmlMode.ESCAPE,
                Set.of(),
                EditorLinks.none(),
                WebEditorSettings.none(),
                Severity.WARNING);
    }

    private static final String FILE = "jbake.properties";

    /** Reads and checks the keys; the command line's {@code --base-url} wins over the file. */
    public static SiteSettings from(
            Map<String, String> keys, Map<String, Integer> lines, Optional<String> baseUrlOverride, Problems problems) {
        for (String key : keys.keySet()) {
            if (!KEYS.contains(key)) {
                problems.report(
                        new Location(FILE, lines.getOrDefault(key, 1), 1),
                        ProblemCode.CONFIG_UNKNOWN_KEY,
                        key,
                        Suggestions.hint(key, KEYS),
                        String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        String baseUrl = baseUrlOverride.orElse(keys.getOrDefault("kennisbank.base-url", ""));
        if (!baseUrl.isEmpty()) {
            baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
            if (!isAbsoluteHttp(baseUrl)) {
                problems.report(
                        new Location(FILE, lines.getOrDefault("kennisbank.base-url", 1), 1),
                        ProblemCode.CONFIG_BASE_URL,
                        baseUrl);
                baseUrl = "";
            }
        }
        return new SiteSettings(
                keys.getOrDefault("kennisbank.title", "Kennisbank Kinderarmoede"),
                keys.getOrDefault("kennisbank.description", ""),
                baseUrl,
                html(keys, lines, problems),
                StaticTypesSetting.read(
                        keys.get(STATIC_KEY), new Location(FILE, lines.getOrDefault(STATIC_KEY, 0), 1), problems),
                EditorLinks.read(keys, lines, FILE, problems),
                WebEditorSettings.read(keys, lines, FILE, problems),
                houseRules(keys, lines, problems));
    }

    private static Severity houseRules(Map<String, String> keys, Map<String, Integer> lines, Problems problems) {
        String value = keys.getOrDefault(HOUSE_RULES_KEY, "warn");
        return switch (value) {
            case "warn" -> Severity.WARNING;
            case "error" -> Severity.ERROR;
            default -> {
                problems.report(
                        new Location(FILE, lines.getOrDefault(HOUSE_RULES_KEY, 0), 1),
                        ProblemCode.CONFIG_INVALID,
                        "Onbekende waarde '" + value + "' voor " + HOUSE_RULES_KEY
                                + ". Kies 'warn' (de huisregels van de kennisbank"
                                + " zijn adviezen, de standaard) of 'error' (een overtreding houdt de build tegen).");
                yield Severity.WARNING;
            }
        };
    }

    private static HtmlMode html(Map<String, String> keys, Map<String, Integer> lines, Problems problems) {
        String value = keys.getOrDefault(HTML_KEY, HtmlMode.ESCAPE.setting());
        Optional<HtmlMode> mode = HtmlMode.fromSetting(value);
        if (mode.isEmpty()) {
            problems.report(
                    new Location(FILE, lines.getOrDefault(HTML_KEY, 0), 1), ProblemCode.CONFIG_HTML_MODE, value);
        }
        return mode.orElse(HtmlMode.ESCAPE);
    }

    /** The path part of the base URL ('/' when unknown), for pages that cannot use relative links (404). */
    public String basePath() {
        if (baseUrl.isEmpty()) {
            return "/";
        }
        return URI.create(baseUrl).getPath();
    }

    static boolean isAbsoluteHttp(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
