package nl.kennisbank.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.Reference;
import nl.kennisbank.markdown.ParsedMarkdown;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.site.validate.ValidSite;

/**
 * What the preview's validate stage takes over from the last build (issue 11), so a save does not redo work for
 * every document. The site-wide checks (unique URLs, guides and chapters, references, aliases, static files over
 * generated files) read of each document only its path, URL, kind, slug, guide, chapter, publication and
 * references: while none of these changed, nor the lists of files and generated pages, their problems are taken
 * over. Each body's link reads ({@link nl.kennisbank.site.validate.LinkReads}) depend on the body and on the link
 * targets (each document's path, URL, publication and anchors; the files; the generated pages; the raw HTML
 * setting): while no target changed, an unchanged body keeps its reads and only the saved bodies' reads are made.
 * {@code build} uses {@link #none()}, which keeps nothing.
 */
final class ValidationReuse {

    /** A body's link reads, with the document and parse they were made from. */
    private record Reads(Document document, ParsedMarkdown parsed, Object reads) {}

    private final boolean keep;
    private final DocumentKeys structure = new DocumentKeys();
    private final DocumentKeys targets = new DocumentKeys();
    private List<Problem> siteProblems;
    private Map<String, Reads> reads = Map.of();
    private Object whole;

    private ValidationReuse(boolean keep) {
        this.keep = keep;
    }

    static ValidationReuse remembering() {
        return new ValidationReuse(true);
    }

    static ValidationReuse none() {
        return new ValidationReuse(false);
    }

    synchronized void forget() {
        structure.forget();
        targets.forget();
        siteProblems = null;
        reads = Map.of();
        whole = null;
    }

    /**
     * The site-wide checks' problems: those of the last build while what the checks read is as it was, else made.
     *
     * @param documents all loaded documents, drafts too
     * @param files     what the checks read besides the documents: file lists, generated pages, whether drafts publish
     */
    synchronized List<Problem> siteChecks(List<Document> documents, Object files, Supplier<List<Problem>> check) {
        if (!keep) {
            return check.get();
        }
        boolean same = structure.same(documents, d -> null, StructureKey::of, files);
        if (!same || siteProblems == null) {
            siteProblems = List.copyOf(check.get());
        }
        return siteProblems;
    }

    /**
     * Each published body's link reads by document path: while no link target changed, an unchanged body (the same
     * document and parse) keeps the last build's; the others are made, in parallel.
     *
     * @param files what links read besides the documents: file lists, generated pages, the raw HTML setting, whether
     *              drafts publish
     * @param make  makes one body's reads, given what every body's links read together (made once, when needed)
     * @param all   what every body's links read together, for a body whose reads cannot be listed
     */
    synchronized Map<String, Object> linkReads(
            ValidSite site, Object files, BiFunction<Document, Supplier<Object>, Object> make, Supplier<Object> all) {
        List<Document> documents = site.source().documents();
        boolean same =
                keep && targets.same(documents, d -> site.parsed(d), d -> TargetKey.of(d, site.parsed(d)), files);
        Once together = new Once(same ? whole : null, all);
        Map<String, Reads> before = same ? reads : Map.of();
        Map<String, Reads> now = new ConcurrentHashMap<>(site.published().size() * 2);
        site.published().parallelStream().forEach(d -> {
            ParsedMarkdown parsed = site.parsed(d);
            Reads old = before.get(d.path());
            now.put(
                    d.path(),
                    old != null && old.document() == d && old.parsed() == parsed
                            ? old
                            : new Reads(d, parsed, make.apply(d, together)));
        });
        Map<String, Object> byPath = new HashMap<>();
        now.forEach((path, r) -> byPath.put(path, r.reads()));
        if (keep) {
            reads = now;
            whole = together.made();
        }
        return byPath;
    }

    /** What every body's links read together: the last build's when kept, else made on first use, once. */
    private static final class Once implements Supplier<Object> {

        private final Supplier<Object> make;
        private Object made;

        Once(Object kept, Supplier<Object> make) {
            this.made = kept;
            this.make = make;
        }

        @Override
        public synchronized Object get() {
            if (made == null) {
                made = make.get();
            }
            return made;
        }

        synchronized Object made() {
            return made;
        }
    }

    /** What the site-wide checks read of one document. */
    private record StructureKey(
            String path,
            String contentPath,
            String url,
            boolean draft,
            DocumentKind kind,
            String slug,
            String guideSlug,
            int chapter,
            List<Reference> references) {

        static StructureKey of(Document d) {
            return new StructureKey(
                    d.path(),
                    d.contentPath(),
                    d.url(),
                    d.draft(),
                    d.kind(),
                    d.slug(),
                    d.guideSlug(),
                    d.chapter(),
                    d.references());
        }
    }

    /** What links to one document read of it. */
    private record TargetKey(String path, String contentPath, String url, boolean draft, Set<String> anchors) {

        static TargetKey of(Document d, ParsedMarkdown parsed) {
            return new TargetKey(
                    d.path(), d.contentPath(), d.url(), d.draft(), parsed == null ? null : parsed.anchors());
        }
    }
}
