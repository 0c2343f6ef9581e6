package nl.kennisbank.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        JBakeRendering rendering = new JBakeRendering(settings, destination, site.pages(), site.globals(), reloadTemplates);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Optional<Problem>>> results = new ArrayList<>();
            for (PageSpec page : site.pages()) {
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
        return site.pages().size() + standardPages(settings, rendering, problems);
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
