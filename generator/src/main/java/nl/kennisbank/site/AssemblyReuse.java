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
import nl.kennisbank.site.source.SiteSource;
import nl.kennisbank.site.validate.ValidSite;

/**
 * What the preview's assemble stage takes over from the previous build. Listings, overviews, the finder, the map,
 * the open data files and the {@code site} values read only the documents' front matter, paths and URLs (their
 * <em>shape</em>), the related practices and the settings; a save that edits only text leaves the shape as it was,
 * so all of those are taken over, and of the document pages only those whose document, body or headings changed are
 * built again. Any other change assembles the whole site. {@code build} uses {@link #none()}, which keeps nothing.
 */
final class AssemblyReuse {

    /** The pages built for one unit, with what they were built from. */
    private record Built(
            List<Document> documents, List<String> bodies, List<List<Heading>> headings, List<PageSpec> pages) {}

    private record Last(Shape shape, List<Built> units, int documentPages, Assembled assembled) {}

    private final boolean keep;
    private Last last;

    private AssemblyReuse(boolean keep) {
        this.keep = keep;
    }

    static AssemblyReuse remembering() {
        return new AssemblyReuse(true);
    }

    static AssemblyReuse none() {
        return new AssemblyReuse(false);
    }

    synchronized void forget() {
        last = null;
    }

    /**
     * The whole site model when the shape is as it was: the earlier non-document pages, globals and files, with the
     * pages of each unit taken over or built again.
     *
     * @return null when the shape changed (the caller assembles everything and calls {@link #remember})
     */
    synchronized Assembled reuse(
            Shape shape,
            List<DocumentPages.Unit> units,
            ValidSite site,
            Map<String, String> bodies,
            java.util.function.Function<DocumentPages.Unit, List<PageSpec>> build) {
        if (!keep || last == null || !last.shape().equals(shape) || last.units().size() != units.size()) {
            return null;
        }
        List<Built> built = new ArrayList<>(units.size());
        List<PageSpec> pages = new ArrayList<>(last.assembled().pages().size());
        for (int i = 0; i < units.size(); i++) {
            Built before = last.units().get(i);
            Built now = built(units.get(i), site, bodies, List.of());
            Built kept = unchanged(before, now)
                    ? before
                    : new Built(now.documents(), now.bodies(), now.headings(), build.apply(units.get(i)));
            built.add(kept);
            pages.addAll(kept.pages());
        }
        List<PageSpec> others = last.assembled()
                .pages()
                .subList(last.documentPages(), last.assembled().pages().size());
        int documentPages = pages.size();
        pages.addAll(others);
        Assembled assembled = new Assembled(
                List.copyOf(pages), last.assembled().globals(), last.assembled().files());
        last = new Last(shape, List.copyOf(built), documentPages, assembled);
        return assembled;
    }

    /** Keeps a fully assembled site for the next build; {@code unitPages} are the pages of each unit in order, first in {@code assembled}. */
    synchronized void remember(
            Shape shape,
            List<DocumentPages.Unit> units,
            List<List<PageSpec>> unitPages,
            ValidSite site,
            Map<String, String> bodies,
            Assembled assembled) {
        if (!keep) {
            return;
        }
        List<Built> built = new ArrayList<>(units.size());
        int documentPages = 0;
        for (int i = 0; i < units.size(); i++) {
            built.add(built(units.get(i), site, bodies, unitPages.get(i)));
            documentPages += unitPages.get(i).size();
        }
        last = new Last(shape, List.copyOf(built), documentPages, assembled);
    }

    private static Built built(
            DocumentPages.Unit unit, ValidSite site, Map<String, String> bodies, List<PageSpec> pages) {
        List<String> unitBodies = new ArrayList<>();
        List<List<Heading>> headings = new ArrayList<>();
        for (Document doc : unit.documents()) {
            unitBodies.add(bodies.get(doc.path()));
            headings.add(site.parsed(doc) == null ? null : site.parsed(doc).headings());
        }
        return new Built(unit.documents(), unitBodies, headings, pages);
    }

    /** Same documents (the very objects: an unchanged file keeps its document), bodies and headings. */
    private static boolean unchanged(Built before, Built now) {
        if (before.documents().size() != now.documents().size()) {
            return false;
        }
        for (int i = 0; i < before.documents().size(); i++) {
            if (before.documents().get(i) != now.documents().get(i)) {
                return false;
            }
        }
        return before.bodies().equals(now.bodies()) && before.headings().equals(now.headings());
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

    /** An object compared by identity. */
    private record Same(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
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
