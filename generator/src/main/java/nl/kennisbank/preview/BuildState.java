package nl.kennisbank.preview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.json.Json;

/**
 * What the preview shows now: a version that changes after every build, and the problems of the last build
 * (empty when it succeeded).
 */
record BuildState(long version, List<String> problems, java.util.Set<String> drafts) {

    BuildState(long version, List<String> problems) {
        this(version, problems, java.util.Set.of());
    }

    BuildState withDrafts(java.util.Set<String> now) {
        return new BuildState(version, problems, now);
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", version);
        json.put("problems", problems);
        return Json.write(json);
    }
}
