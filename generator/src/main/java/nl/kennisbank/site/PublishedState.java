package nl.kennisbank.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.site.search.SearchStage;
import nl.kennisbank.site.validate.ValidSite;

/**
 * What the preview remembers of the output after a build ({@link BuildMemory.Published}): every page with what its
 * template read, the site values, the related practices, the search input, the drafts and the data files; and which
 * pages of the last state a new site model no longer has.
 */
final class PublishedState {

    private PublishedState() {}

    static Set<String> removed(BuildMemory.Published last, Assembled now) {
        Set<String> gone = new java.util.HashSet<>(last.pages().keySet());
        now.pages().forEach(p -> gone.remove(p.uri()));
        return gone;
    }

    static BuildMemory.Published published(
            BuildMemory.Published last,
            Assembled now,
            PageRendering.Partial rendered,
            Map<String, List<String>> related,
            SearchStage.Input search) {
        return published(last, now, rendered, related, search, Set.of());
    }

    /** @param stale pages in the output that are not what {@code now} says: marked as not read, so the next build renders them */
    static BuildMemory.Published published(
            BuildMemory.Published last,
            Assembled now,
            PageRendering.Partial rendered,
            Map<String, List<String>> related,
            SearchStage.Input search,
            Set<String> stale) {
        Map<String, PageSpec> pages = new java.util.HashMap<>();
        Map<String, Set<String>> reads = new java.util.HashMap<>();
        for (PageSpec page : now.pages()) {
            pages.put(page.uri(), page);
            Set<String> read = rendered.reads().containsKey(page.uri())
                    ? rendered.reads().get(page.uri())
                    : stale.contains(page.uri()) ? null : last.reads().get(page.uri());
            reads.put(page.uri(), read);
        }
        return new BuildMemory.Published(
                pages, reads, now.globals(), related, search, drafts(search.site()), now.files());
    }

    static Set<String> drafts(ValidSite site) {
        return site.published().stream()
                .filter(nl.kennisbank.content.Document::draft)
                .map(nl.kennisbank.content.Document::url)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
