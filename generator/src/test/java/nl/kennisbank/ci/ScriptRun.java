package nl.kennisbank.ci;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.kennisbank.site.ExampleSite;

/** Runs a command of the repository (a script, node) in a separate process and collects what it printed. */
record ScriptRun(int exit, String out, String err) {

    /**
     * Runs {@code ci/publish-build.sh} with the generator from this test run's class path (through a small launcher,
     * so the script's own {@code ./kennisbank} does not rebuild the jar inside the test).
     */
    static ScriptRun publishBuild(Path tmp, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Path launcher = tmp.resolve("kennisbank-test");
        if (!Files.exists(launcher)) {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Files.writeString(
                    launcher,
                    "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                            + "' nl.kennisbank.cli.KennisbankCommand \"$@\"\n",
                    StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        java.util.Map<String, String> all = new java.util.HashMap<>(env);
        all.put("KENNISBANK", launcher.toString());
        all.putIfAbsent("PREVIOUS_SITE", "none"); // never the network: tests give the previous site as a folder
        List<String> command = new java.util.ArrayList<>(List.of(
                "bash", ExampleSite.root().resolve("ci/publish-build.sh").toString()));
        command.addAll(List.of(args));
        return run(command, all, tmp);
    }

    static ScriptRun run(List<String> command, Map<String, String> env, Path tmp)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(ExampleSite.root().toFile());
        builder.environment().remove("GITHUB_ACTIONS");
        builder.environment().remove("GITLAB_CI");
        builder.environment().remove("GITHUB_STEP_SUMMARY");
        builder.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in 5 minutes");
        }
        return new ScriptRun(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
