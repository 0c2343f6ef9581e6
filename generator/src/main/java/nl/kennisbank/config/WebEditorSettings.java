package nl.kennisbank.config;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/**
 * The web editor at {@code /admin/} (Decap CMS), as the site owner sets it in {@code jbake.properties}. Publishing it
 * is opt-in: without {@code kennisbank.webeditor.repo} no {@code /admin/} is built (only the local preview offers one,
 * working with Decap's local backend).
 *
 * @param backend   {@code kennisbank.webeditor.backend}: gitlab (the default, PKCE: no server of our own) or github
 * @param repo      {@code kennisbank.webeditor.repo}: the repository as owner/name (GitLab: also group/subgroup/name)
 * @param appId     {@code kennisbank.webeditor.app-id}: the GitLab application's id (required for gitlab)
 * @param branch    {@code kennisbank.webeditor.branch}: the branch edits are committed to (default main)
 * @param baseUrl   {@code kennisbank.webeditor.base-url}: a self-hosted GitLab (default https://gitlab.com), or for
 *                  GitHub the OAuth server that holds the client secret; empty for the default
 * @param localPort {@code kennisbank.webeditor.local-port}: the port of {@code decap-server} for trying it out locally
 */
public record WebEditorSettings(
        Backend backend, String repo, String appId, String branch, String baseUrl, int localPort) {

    /** The git host the editor commits to. */
    public enum Backend {
        GITLAB,
        GITHUB;

        /** The name in Decap's configuration and in {@code kennisbank.webeditor.backend}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String BACKEND = "kennisbank.webeditor.backend";
    static final String REPO = "kennisbank.webeditor.repo";
    static final String APP_ID = "kennisbank.webeditor.app-id";
    static final String BRANCH = "kennisbank.webeditor.branch";
    static final String BASE_URL = "kennisbank.webeditor.base-url";
    static final String LOCAL_PORT = "kennisbank.webeditor.local-port";
    static final Set<String> KEYS = Set.of(BACKEND, REPO, APP_ID, BRANCH, BASE_URL, LOCAL_PORT);
    public static final int DEFAULT_LOCAL_PORT = 8081;

    public static WebEditorSettings none() {
        return new WebEditorSettings(Backend.GITLAB, "", "", "main", "", DEFAULT_LOCAL_PORT);
    }

    /** True when the site owner asked for {@code /admin/} on the published site. */
    public boolean published() {
        return !repo.isEmpty();
    }

    /** The origin of the git host's API, which the editor's page must be allowed to call. */
    public String apiOrigin() {
        return switch (backend) {
            case GITLAB -> baseUrl.isEmpty() ? "https://gitlab.com" : origin(baseUrl);
            case GITHUB -> "https://api.github.com";
        };
    }

    /** The local backend's API address ({@code decap-server}). */
    public String localApi() {
        return "http://localhost:" + localPort + "/api/v1";
    }

    static WebEditorSettings read(
            Map<String, String> keys, Map<String, Integer> lines, String file, Problems problems) {
        Check check = new Check(keys, lines, file, problems);
        String repo = keys.getOrDefault(REPO, "").strip();
        if (repo.isEmpty()) {
            KEYS.stream()
                    .filter(k -> !k.equals(REPO) && keys.containsKey(k))
                    .sorted()
                    .forEach(k -> check.fail(
                            k,
                            "zonder " + REPO + " komt er geen webredactie op de site. Vul ook " + REPO
                                    + " in, of haal deze regel weg"));
            return none();
        }
        if (!repo.matches("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+")) {
            check.fail(REPO, "schrijf de repository als eigenaar/naam, bijvoorbeeld organisatie/kennisbank");
        }
        String backendValue = keys.getOrDefault(BACKEND, "gitlab").strip();
        Optional<Backend> backend = Optional.empty();
        for (Backend b : Backend.values()) {
            backend = b.id().equals(backendValue) ? Optional.of(b) : backend;
        }
        if (backend.isEmpty()) {
            check.fail(BACKEND, "kies gitlab of github");
        }
        String appId = keys.getOrDefault(APP_ID, "").strip();
        if (backend.orElse(Backend.GITLAB) == Backend.GITLAB && !appId.matches("[A-Za-z0-9]+")) {
            check.fail(
                    appId.isEmpty() ? REPO : APP_ID,
                    "GitLab heeft het Application ID nodig van de applicatie die je in GitLab aanmaakt "
                            + "(zie de README, 'Webredactie'). Zet het in " + APP_ID);
        }
        String branch = keys.getOrDefault(BRANCH, "main").strip();
        if (!branch.matches("[A-Za-z0-9._/-]+")) {
            check.fail(BRANCH, "schrijf de naam van een branch, bijvoorbeeld main");
        }
        String baseUrl = keys.getOrDefault(BASE_URL, "").strip().replaceFirst("/+$", "");
        if (!baseUrl.isEmpty() && !SiteSettings.isAbsoluteHttp(baseUrl + "/")) {
            check.fail(BASE_URL, "schrijf een volledig webadres, bijvoorbeeld https://gitlab.example.nl");
            baseUrl = "";
        }
        int port = DEFAULT_LOCAL_PORT;
        String portValue = keys.getOrDefault(LOCAL_PORT, String.valueOf(DEFAULT_LOCAL_PORT))
                .strip();
        if (portValue.matches("\\d{1,5}") && Integer.parseInt(portValue) >= 1 && Integer.parseInt(portValue) <= 65535) {
            port = Integer.parseInt(portValue);
        } else {
            check.fail(LOCAL_PORT, "kies een poort van 1 tot en met 65535; de standaard is " + DEFAULT_LOCAL_PORT);
        }
        return new WebEditorSettings(backend.orElse(Backend.GITLAB), repo, appId, branch, baseUrl, port);
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private record Check(Map<String, String> keys, Map<String, Integer> lines, String file, Problems problems) {
        void fail(String key, String what) {
            problems.report(
                    new Location(file, lines.getOrDefault(key, 1), 1),
                    ProblemCode.CONFIG_WEBEDITOR,
                    key,
                    keys.getOrDefault(key, ""),
                    what);
        }
    }
}
