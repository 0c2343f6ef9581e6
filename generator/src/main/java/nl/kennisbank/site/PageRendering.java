package nl.kennisbank.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kennisbank.jbake.JBakeRendering;
import nl.kennisbank.jbake.JBakeSettings;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.Problems;

/**
 * Stage 5, render pages: every page through JBake's renderer in parallel (one task per page on a fixed pool),
 * then JBake's feed, sitemap, index, archive and tag pages as {@code jbake.properties} asks.
 */
final class PageRendering {

    private final int threads;
    private final boolean reloadTemplates;

    PageRendering(int threads, boolean reloadTemplates) {
        this.threads = threads;
        this.reloadTemplates = reloadTemplates;
    }

    /** @return the number of files written */
    int render(JBakeSettings settings, Assembled site, Path destination, Problems problems) throws InterruptedException {
        return render(settings, site, destination, problems, page -> true).written();
    }

    /**
     * What a partial render did.
     *
     * @param reads per rendered page URI, the names its template read
     */
    record Partial(int written, Map<String, Set<String>> reads) {
    }

    /** Renders only the pages {@code which} selects (JBake's standard pages always), against the whole site. */
    Partial render(JBakeSettings settings, Assembled site, Path destination, Problems problems, Predicate<PageSpec> which)
            throws InterruptedException {
        JBakeRendering rendering = new JBakeRendering(settings, destination, site.pages(), site.globals(), reloadTemplates);
        List<PageSpec> chosen = site.pages().stream().filter(which).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Optional<Problem>>> results = new ArrayList<>();
            for (PageSpec page : chosen) {
                results.add(pool.submit(() -> rendering.page(page)));
            }
            java.util.Set<String> reported = new java.util.HashSet<>();
            for (Future<Optional<Problem>> result : results) {
                // one template mistake breaks many pages: report it once, at the template line
                result.get().filter(p -> reported.add(p.path() + ":" + p.line() + ":" + p.column() + p.code())).ifPresent(problems::add);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("rendering crashed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        int written = chosen.size() + standardPages(settings, rendering, problems);
        Map<String, Set<String>> reads = new java.util.HashMap<>();
        chosen.forEach(page -> reads.put(page.uri(), rendering.reads().readBy(page.uri())));
        return new Partial(written, reads);
    }

    private static int standardPages(JBakeSettings s, JBakeRendering r, Problems problems) {
        int written = 0;
        if (s.flag("render.index")) {
            r.index(s.string("index.file", "index.html")).ifPresent(problems::add);
            written++;
        }
        if (s.flag("render.feed")) {
            r.feed(s.string("feed.file", "feed.xml")).ifPresent(problems::add);
            written++;
        }
        if (s.flag("render.sitemap")) {
            r.sitemap(s.string("sitemap.file", "sitemap.xml")).ifPresent(problems::add);
            written++;
        }
        if (s.flag("render.archive")) {
            r.archive(s.string("archive.file", "archive.html")).ifPresent(problems::add);
            written++;
        }
        if (s.flag("render.error404")) {
            r.error404(s.string("error404.file", "404.html")).ifPresent(problems::add);
            written++;
        }
        if (s.flag("render.tags")) {
            r.tags(s.string("tag.path", "tags")).ifPresent(problems::add);
            written++;
        }
        return written;
    }
}
