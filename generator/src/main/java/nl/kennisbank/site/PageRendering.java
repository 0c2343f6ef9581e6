package nl.kennisbank.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.kennisbank.jbake.JBakeRendering;
import nl.kennisbank.jbake.JBakeSettings;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.publish.WrittenFiles;

/**
 * Stage 5, render pages: every page through JBake's renderer in parallel (one task per page on a fixed pool),
 * then JBake's feed, sitemap, index, archive and tag pages as {@code jbake.properties} asks.
 */
final class PageRendering {

    private final int threads;
    private final boolean reloadTemplates;
    private final WrittenFiles written;

    /** @param written where each page's hash is recorded as it is written, for the manifest */
    PageRendering(int threads, boolean reloadTemplates, WrittenFiles written) {
        this.threads = threads;
        this.reloadTemplates = reloadTemplates;
        this.written = written;
    }

    /** @return the number of files written */
    int render(JBakeSettings settings, Assembled site, Path destination, Problems problems)
            throws InterruptedException {
        return render(settings, site, destination, problems, page -> true).written();
    }

    /**
     * What a partial render did.
     *
     * @param reads per rendered page URI, the names its template read
     */
    record Partial(int written, Map<String, Set<String>> reads) {}

    /** Renders only the pages {@code which} selects (JBake's standard pages always), against the whole site. */
    Partial render(
            JBakeSettings settings, Assembled site, Path destination, Problems problems, Predicate<PageSpec> which)
            throws InterruptedException {
        return render(settings, site, destination, problems, which, true);
    }

    /** Renders only the pages {@code which} selects, without JBake's standard pages (feed, sitemap, …). */
    Partial renderOnly(
            JBakeSettings settings, Assembled site, Path destination, Problems problems, Predicate<PageSpec> which)
            throws InterruptedException {
        return render(settings, site, destination, problems, which, false);
    }

    private Partial render(
            JBakeSettings settings,
            Assembled site,
            Path destination,
            Problems problems,
            Predicate<PageSpec> which,
            boolean standard)
            throws InterruptedException {
        JBakeRendering rendering =
                new JBakeRendering(settings, destination, site.pages(), site.globals(), reloadTemplates, written);
        List<PageSpec> chosen = site.pages().stream().filter(which).toList();
        nl.kennisbank.jbake.ParallelPages.render(chosen, rendering::page, threads, problems);
        int written = chosen.size() + (standard ? standardPages(settings, rendering, problems) : 0);
        Map<String, Set<String>> reads = new java.util.HashMap<>();
        chosen.forEach(page -> reads.put(page.uri(), rendering.reads().readBy(page.uri())));
        return new Partial(written, reads);
    }

    private static int standardPages(JBakeSettings s, JBakeRendering r, Problems problems) {
        return r.standardPages(s, problems::add);
    }
}
