package nl.kennisbank.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.json.Json;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.Suggestions;
import nl.kennisbank.site.BuildReport;

/**
 * {@code check --format json}: the same problems as the text form, one object each, for CI annotations and editors'
 * tools. {@code suggestion} is the value the message proposes ("bedoel je 'x'?"), or null.
 */
final class JsonReport {

    private JsonReport() {}

    static String of(BuildReport report) {
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem p : report.problems()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("file", p.path());
            one.put("line", p.line());
            one.put("column", p.column());
            one.put("severity", p.severity().label());
            one.put("code", p.code().code());
            one.put("message", p.message());
            one.put("suggestion", Suggestions.proposedIn(p.message()).orElse(null));
            problems.add(one);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ok", report.succeeded());
        json.put("documents", report.documentsRead());
        json.put("errors", report.errors());
        json.put("warnings", report.problems().size() - report.errors());
        json.put("problems", problems);
        return Json.write(json);
    }
}
