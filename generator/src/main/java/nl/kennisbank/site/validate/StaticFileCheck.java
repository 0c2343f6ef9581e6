package nl.kennisbank.site.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kennisbank.content.Document;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/**
 * A static file from {@code content/} may not land where the build writes something itself: a page, an asset, the
 * feed, the sitemap or the search index. The error names both files, so the editor knows which one to move.
 */
public final class StaticFileCheck {

    private final Problems problems;

    public StaticFileCheck(Problems problems) {
        this.problems = problems;
    }

    public void check(
            List<String> staticFiles, List<Document> published, Set<String> generatedUrls, List<String> assets) {
        Map<String, String> taken = new HashMap<>();
        generatedUrls.forEach(url -> taken.put(key(LinkTargets.outputFile(url)), "een pagina die de site zelf maakt"));
        SiteUrls.FIXED_FILES.forEach(file -> taken.put(key(file), "een bestand dat de site zelf maakt"));
        assets.forEach(asset -> taken.put(key(asset), "assets/" + asset));
        published.forEach(doc -> taken.put(key(LinkTargets.outputFile(doc.url())), "de pagina van " + doc.path()));
        for (String file : staticFiles) {
            String owner = taken.get(key(file));
            if (owner == null && SiteUrls.FIXED_FOLDERS.stream().anyMatch(key(file)::startsWith)) {
                owner = "de zoekindex die de site zelf maakt";
            }
            if (owner != null) {
                problems.report(Location.file("content/" + file), ProblemCode.STATIC_OVER_GENERATED, file, owner);
            }
        }
    }

    /** File systems of editors may ignore case: a file differing only in case still collides on publishing. */
    private static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}
