package nl.kennisbank.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.problems.BuildFailedException;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.publish.AssetNames;
import nl.kennisbank.publish.LiveOutput;
import nl.kennisbank.publish.OutputFolder;
import nl.kennisbank.publish.WrittenFiles;
import nl.kennisbank.site.search.SearchStage;
import nl.kennisbank.site.validate.ValidSite;

/**
 * What the preview's first step left: the state now in the output, and the number of pages it wrote.
 *
 * @param state   the published state after the changed documents' pages went in
 * @param written the pages written
 */
record DocumentsFirst(BuildMemory.Published state, int written) {

    /**
     * The preview's first step after a save that changed the site's shape: the pages of the changed documents
     * (with the listings of the last build) rendered and moved into the output, and the pages they no longer have
     * removed. Listing pages that must change are left for the rest of the build: the state returned marks them as
     * not read (so they are rendered), whatever else changes by then.
     *
     * @return null when there was nothing to show first
     */
    static DocumentsFirst show(
            Rendered rendered,
            BuildMemory.Published last,
            AssetNames assets,
            BuildOptions options,
            OutputFolder output,
            Problems problems,
            BuildMemory memory)
            throws IOException, InterruptedException, BuildFailedException {
        ValidSite site = rendered.site();
        SiteAssembly.First first =
                new SiteAssembly().documentsFirst(site, rendered.bodies(), last.related(), assets, memory.assembly());
        if (first == null) {
            return null;
        }
        java.util.function.Predicate<PageSpec> changed = PageChanges.toRender(
                last, first.assembled(), Set.of(), site.source().jbake());
        Set<String> now = new java.util.HashSet<>();
        Set<String> deferred = new java.util.HashSet<>();
        for (PageSpec page : first.assembled().pages()) {
            if (changed.test(page)) {
                (first.documentPages().contains(page.uri()) ? now : deferred).add(page.uri());
            }
        }
        Path staging = output.stage();
        PageRendering.Partial pages;
        try {
            pages = new PageRendering(options.threads(), false, new WrittenFiles()) // moved live, no manifest
                    .renderOnly(
                            site.source().jbake(), first.assembled(), staging, problems, p -> now.contains(p.uri()));
            StageGuards.stopOnErrors(problems, "render");
            new LiveOutput(options.output()).install(staging, PublishedState.removed(last, first.assembled()));
        } finally {
            output.discard(staging);
        }
        BuildMemory.Published state = PublishedState.published(
                last,
                first.assembled(),
                pages,
                last.related(),
                new SearchStage.Input(site, rendered.bodies()),
                deferred);
        memory.published(state);
        return new DocumentsFirst(state, pages.written());
    }
}
