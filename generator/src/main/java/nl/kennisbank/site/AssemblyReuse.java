package nl.kennisbank.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.markdown.Heading;
import nl.kennisbank.publish.AssetNames;
import nl.kennisbank.site.assemble.DocumentPages;
import nl.kennisbank.site.assemble.Same;
import nl.kennisbank.site.source.SiteSource;
import nl.kennisbank.site.validate.ValidSite;

/**
 * What the preview's assemble stage takes over from the previous build. The pages of a unit (a practice, a guide with
 * its chapters, a page) read only its documents, their bodies and headings, and a few values of other documents
 * ({@link DocumentPages#reads}); a unit whose inputs are as they were keeps its pages, whatever else changed. Listings,
 * overviews, the finder, the map, the open data files and the {@code site} values read only the documents' front
 * matter, paths and URLs (their <em>shape</em>), the related practices and the settings; a save that edits only text
 * leaves the shape as it was, so all of those are taken over too. {@code build} uses {@link #none()}, which keeps
 * nothing.
 */
final class AssemblyReuse {

    /** The pages built for one unit, with what they were built from. */
    private record Built(
            List<Document> documents,
            List<String> bodies,
            List<List<Heading>> headings,
            List<Object> reads,
            List<PageSpec> pages) {}

    /** The pages that list documents (all but the units' pages), the {@code site} values and the data files. */
    record Listings(List<PageSpec> pages, Map<String, Object> globals, Map<String, String> files) {}

    private final boolean keep;
    private final nl.kennisbank.site.assemble.Cards.Memo cards = new nl.kennisbank.site.assemble.Cards.Memo();
    /** Built units by the path of their first document. */
    private Map<String, Built> units = Map.of();

    private Object unitSetup;
    private Shape shape;
    private Listings listings;

    private AssemblyReuse(boolean keep) {
        this.keep = keep;
    }

    static AssemblyReuse remembering() {
        return new AssemblyReuse(true);
    }

    static AssemblyReuse none() {
        return new AssemblyReuse(false);
    }

    /** The cards made so far (a fresh memo when nothing is kept). */
    nl.kennisbank.site.assemble.Cards.Memo cards() {
        return keep ? cards : new nl.kennisbank.site.assemble.Cards.Memo();
    }

    synchronized void forget() {
        units = Map.of();
        unitSetup = null;
        shape = null;
        listings = null;
    }

    /**
     * The pages of every unit, in order: taken over for a unit whose documents (the very objects: an unchanged file
     * keeps its document), bodies, headings and other reads are as they were, else built.
     *
     * @param setup what every unit's pages depend on: settings, schema, vocabularies ({@link Shape#setup}, by identity)
     */
    synchronized List<PageSpec> unitPages(
            List<DocumentPages.Unit> all,
            ValidSite site,
            Map<String, String> bodies,
            Object setup,
            java.util.function.Function<DocumentPages.Unit, List<Object>> reads,
            java.util.function.Function<DocumentPages.Unit, List<PageSpec>> build) {
        boolean sameSetup = keep && setup.equals(unitSetup);
        Map<String, Built> now = new java.util.HashMap<>();
        List<PageSpec> pages = new ArrayList<>();
        for (DocumentPages.Unit unit : all) {
            String key = unit.documents().get(0).path();
            Built fresh = built(unit, site, bodies, reads.apply(unit), null);
            Built before = sameSetup ? units.get(key) : null;
            Built kept = before != null && unchanged(before, fresh)
                    ? before
                    : new Built(fresh.documents(), fresh.bodies(), fresh.headings(), fresh.reads(), build.apply(unit));
            now.put(key, kept);
            pages.addAll(kept.pages());
        }
        if (keep) {
            units = now;
            unitSetup = setup;
        }
        return pages;
    }

    /** The last listings when the shape is as it was, else null (the caller builds them and calls {@link #remember}). */
    synchronized Listings listings(Shape now) {
        return keep && shape != null && shape.equals(now) ? listings : null;
    }

    /** The last listings whatever changed since (the preview shows a changed document's own pages before its listings), or null. */
    synchronized Listings lastListings() {
        return keep ? listings : null;
    }

    /** Keeps the listings of a fully assembled site for the next build. */
    synchronized void remember(Shape now, Listings built) {
        if (keep) {
            shape = now;
            listings = built;
        }
    }

    private static Built built(
            DocumentPages.Unit unit,
            ValidSite site,
            Map<String, String> bodies,
            List<Object> reads,
            List<PageSpec> pages) {
        List<String> unitBodies = new ArrayList<>();
        List<List<Heading>> headings = new ArrayList<>();
        for (Document doc : unit.documents()) {
            unitBodies.add(bodies.get(doc.path()));
            headings.add(site.parsed(doc) == null ? null : site.parsed(doc).headings());
        }
        return new Built(unit.documents(), unitBodies, headings, reads, pages);
    }

    /** Same documents (the very objects), bodies, headings and other reads. */
    private static boolean unchanged(Built before, Built now) {
        if (before.documents().size() != now.documents().size()) {
            return false;
        }
        for (int i = 0; i < before.documents().size(); i++) {
            if (before.documents().get(i) != now.documents().get(i)) {
                return false;
            }
        }
        return before.bodies().equals(now.bodies())
                && before.headings().equals(now.headings())
                && before.reads().equals(now.reads());
    }

    /**
     * Everything but the bodies that the assembled site reads: every document's front matter, kind, path, URL and
     * references, the file lists, the related practices, the asset names and the setup (settings, schema and
     * vocabularies, kept as the same objects until the preview forgets them).
     */
    record Shape(
            List<Meta> documents,
            int published,
            List<String> markdownFiles,
            List<String> staticFiles,
            Map<String, List<String>> related,
            Map<String, String> assets,
            List<Object> setup) {

        static Shape of(ValidSite site, Map<String, List<String>> related, AssetNames assets) {
            SiteSource source = site.source();
            boolean jbakeDocuments = site.published().stream().anyMatch(d -> d.kind() == DocumentKind.JBAKE);
            List<Object> setup = new ArrayList<>(List.of(
                    new Same(source.settings()),
                    new Same(source.vocabularies()),
                    new Same(source.schema()),
                    new Same(source.jbake())));
            if (jbakeDocuments) {
                setup.add(new Object()); // pages of JBake-format documents read their whole header: never taken over
            }
            return new Shape(
                    source.documents().stream().map(Meta::new).toList(),
                    site.published().size(),
                    source.markdownFiles(),
                    source.staticFiles(),
                    related,
                    assets.asMap(),
                    setup);
        }
    }

    /** A document without its body: equal when everything but the Markdown text and its first line is. */
    record Meta(Document doc) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Meta other)) {
                return false;
            }
            Document a = doc;
            Document b = other.doc;
            return a == b
                    || a.kind() == b.kind()
                            && a.path().equals(b.path())
                            && a.contentPath().equals(b.contentPath())
                            && a.slug().equals(b.slug())
                            && a.url().equals(b.url())
                            && a.fields().equals(b.fields())
                            && a.references().equals(b.references())
                            && a.guideSlug().equals(b.guideSlug())
                            && a.chapter() == b.chapter()
                            && a.draft() == b.draft();
        }

        @Override
        public int hashCode() {
            return Objects.hash(doc.path(), doc.url());
        }
    }
}
