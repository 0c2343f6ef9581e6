package nl.kennisbank.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.content.Reference;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.problems.BuildFailedException;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.publish.AssetNames;
import nl.kennisbank.publish.DataFiles;
import nl.kennisbank.publish.RedirectPages;
import nl.kennisbank.publish.WrittenFiles;
import nl.kennisbank.site.search.SearchStage;
import nl.kennisbank.site.source.SiteSource;
import nl.kennisbank.site.validate.ValidSite;

/**
 * Stages related, assemble and render pages: the related practices (from the search stage, or the preview's last
 * state), the site model, and every page (or, in the preview, the changed ones) with the redirect pages and data
 * files written into the staging folder.
 */
final class PageStage {

    private final SearchStage search;

    PageStage(SearchStage search) {
        this.search = search;
    }

    /**
     * What page rendering leaves for the later stages: the number of files written, and for the preview's memory the
     * site model, the related practices and the search input (null in a build, which lets them go).
     */
    record Pages(
            int written,
            PageRendering.Partial rendered,
            Assembled assembled,
            Map<String, List<String>> related,
            SearchStage.Input searchInput) {}

    /**
     * Stages related, assemble and render: every page (or, in the preview, the changed ones) written into the staging
     * folder, each file's hash recorded in {@code written}.
     */
    Pages render(
            Rendered rendered,
            BuildMemory.Published last,
            Set<String> templates,
            AssetNames assets,
            Path target,
            WrittenFiles written,
            BuildOptions options,
            Problems problems,
            BuildMemory memory,
            StageTimer timer)
            throws IOException, InterruptedException, BuildFailedException {
        ValidSite site = rendered.site();
        SiteSource source = site.source();
        SearchStage.Input searchInput = new SearchStage.Input(site, rendered.bodies());
        Map<String, List<String>> related =
                last != null ? last.related() : timer.time("related", () -> search.related(searchInput));
        memory.released(); // what analysing and indexing the search text left behind
        Assembled assembled = timer.time(
                "assemble",
                () -> new SiteAssembly().assemble(site, rendered.bodies(), related, assets, memory.assembly()));
        PageRendering rendering = new PageRendering(options.threads(), false, written);
        java.util.function.Predicate<PageSpec> which =
                last == null ? page -> true : PageChanges.toRender(last, assembled, templates, source.jbake());
        PageRendering.Partial pages =
                timer.time("render", () -> rendering.render(source.jbake(), assembled, target, problems, which));
        int files = pages.written()
                + timer.time(
                        "render",
                        () -> RedirectPages.write(
                                        target,
                                        redirects(site),
                                        source.settings().title(),
                                        source.settings().baseUrl(),
                                        assets,
                                        written)
                                + (last != null && assembled.files().equals(last.files())
                                        ? 0
                                        : DataFiles.write(assembled.files(), target, written)));
        StageGuards.stopOnErrors(problems, "render");
        return memory.keeps()
                ? new Pages(files, pages, assembled, related, searchInput)
                : new Pages(files, null, null, related, null);
    }

    /** Every old address ({@code aliassen:}) of the published pages, with the page now there. */
    private static List<RedirectPages.Redirect> redirects(ValidSite site) {
        return site.published().stream()
                .flatMap(d -> d.references().stream()
                        .filter(r -> r.kind() == Reference.Kind.ALIAS)
                        .map(r -> new RedirectPages.Redirect(r.slug(), d.url(), d.title())))
                .sorted(java.util.Comparator.comparing(RedirectPages.Redirect::from))
                .toList();
    }
}
