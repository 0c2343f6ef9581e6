package nl.kennisbank.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.kennisbank.content.ContentLoader;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.KnownFiles;
import nl.kennisbank.content.SourceFile;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.site.search.SearchStage;

/**
 * What the preview keeps between builds, so a save redoes only what it touches: each source file's documents
 * and problems (by its text), each document's parsed Markdown, checked body and rendered HTML (by document
 * identity, and for the latter two while what its links read of other files is the same), and the pages of the last build with what
 * their templates read. {@code build} uses a memory that keeps nothing.
 */
public final class BuildMemory {

    private final boolean keep;
    /** The running build's watch on the old generation; null in the preview and without a watchable collector. */
    private volatile OldGenerationWatch watch;

    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
    private final Map<String, Kept<Object>> parsed = new ConcurrentHashMap<>();
    private final Map<String, Kept<List<Problem>>> checked = new ConcurrentHashMap<>();
    private final Map<String, Kept<String>> bodies = new ConcurrentHashMap<>();
    private final KnownFiles files;
    private final AssemblyReuse assembly;
    private final ValidationReuse validation;
    private volatile Map<String, Object> linkReads = Map.of();
    private SourceLoading.Setup setup;

    /** Loads the setup into its own problem list. */
    interface SetupLoader {
        SourceLoading.Setup load(Problems own) throws java.io.IOException;
    }

    /** The last published state (preview only): pages by URI, what each read, the globals, the related practices, the data files. */
    record Published(
            Map<String, PageSpec> pages,
            Map<String, Set<String>> reads,
            Map<String, Object> globals,
            Map<String, List<String>> related,
            SearchStage.Input search,
            Set<String> drafts,
            Map<String, String> files) {}

    private Published published;
    private volatile Set<String> drafts = Set.of();

    private record Loaded(SourceFile file, List<Document> documents, List<Problem> problems) {}

    private record Kept<T>(Document document, Object signature, T value) {}

    private BuildMemory(boolean keep) {
        this.keep = keep;
        this.files = keep ? KnownFiles.remembering() : KnownFiles.none();
        this.assembly = keep ? AssemblyReuse.remembering() : AssemblyReuse.none();
        this.validation = keep ? ValidationReuse.remembering() : ValidationReuse.none();
    }

    /** A memory for a preview: keeps everything between builds. */
    public static BuildMemory forPreview() {
        return new BuildMemory(true);
    }

    /** A memory that keeps nothing: every build starts from scratch. */
    static BuildMemory none() {
        return new BuildMemory(false);
    }

    boolean keeps() {
        return keep;
    }

    /**
     * Called by a build right after it let go of a large part of its data (the Markdown trees and texts after
     * rendering the bodies, the HTML bodies and page models after writing the pages): a full collection, so the
     * heap does not grow past what the build holds (issue 13). The serial collector, which the launcher picks, moves
     * objects that survive a few young collections into the old generation and grows that generation to make room
     * instead of collecting it; without this, the space of the dropped data is never reused and the heap ends up
     * about twice the data the build holds at any time (10,000 documents: 1,069 MB old generation, 462 MB of it live
     * at the first full collection). Between these points {@link OldGenerationWatch} keeps the old generation near
     * the data. The preview keeps its data between builds and does not collect.
     */
    void released() {
        if (keep) {
            return;
        }
        OldGenerationWatch running = watch;
        if (running != null) {
            running.collect();
        } else {
            System.gc();
        }
    }

    /** The watch a build runs under, or null once it ended; {@link #released()} collects through it. */
    void watching(OldGenerationWatch running) {
        this.watch = running;
    }

    /** Forgets everything (after a change to the schema, vocabularies or settings, which every document depends on). */
    public synchronized void forget() {
        loaded.clear();
        parsed.clear();
        checked.clear();
        bodies.clear();
        linkReads = Map.of();
        published = null;
        setup = null;
        files.forget();
        assembly.forget();
        validation.forget();
    }

    /**
     * Paths (relative to the source, e.g. {@code content/x.md}) the watcher saw change: they are read again on the
     * next build even when their size and modification time look the same.
     */
    public void changed(java.util.Collection<String> paths) {
        files.changed(paths);
    }

    /**
     * Every path (relative to the source) the watcher saw change since the last call, folders and editors' scratch
     * files included: the next build reads these again and looks at no other file of {@code content/} (see
     * {@link KnownFiles#watched}). After dropped events, call {@link #forget()} too.
     */
    public void watched(java.util.Collection<String> paths) {
        files.watched(paths);
    }

    /** What the assemble stage may take over from the last build. */
    AssemblyReuse assembly() {
        return assembly;
    }

    /** What the validate stage may take over from the last build. */
    ValidationReuse validation() {
        return validation;
    }

    /** The content files read by earlier builds. */
    KnownFiles files() {
        return files;
    }

    /** Settings, schema and vocabularies: read once, until {@link #forget()}. */
    synchronized SourceLoading.Setup setup(SetupLoader loader) throws java.io.IOException {
        if (keep && setup != null) {
            return setup;
        }
        SourceLoading.Setup fresh = loader.load(new Problems());
        setup = keep && fresh.problems().stream().noneMatch(Problem::isError) ? fresh : null;
        return fresh;
    }

    List<Document> load(List<SourceFile> files, ContentLoader loader, Problems problems) {
        if (!keep) {
            return loader.load(files, problems);
        }
        List<Loaded> all = files.parallelStream()
                .map(file -> {
                    Loaded old = loaded.get(file.path());
                    if (old != null && old.file().equals(file)) {
                        return old;
                    }
                    Problems own = new Problems();
                    Loaded fresh = new Loaded(file, loader.load(List.of(file), own), own.sorted());
                    loaded.put(file.path(), fresh);
                    return fresh;
                })
                .toList();
        Set<String> present = new HashSet<>();
        files.forEach(f -> present.add(f.path()));
        loaded.keySet().retainAll(present);
        List<Document> documents = new ArrayList<>();
        for (Loaded l : all) {
            problems.addAll(l.problems());
            documents.addAll(l.documents());
        }
        return documents;
    }

    /** A document's parse result, made again only when the document or the ids its page reserves (the templates') changed. */
    @SuppressWarnings("unchecked")
    <T> T parsed(Document doc, Object reservedIds, Supplier<T> parse) {
        return (T) remember(parsed, doc, reservedIds, parse::get);
    }

    /**
     * Sets what each body's link check and link rewriting read from other files ({@link LinkReads}), by document
     * path: a body whose reads changed is checked and rendered again.
     */
    void linkReads(Map<String, Object> reads) {
        linkReads = reads;
        checked.keySet().retainAll(reads.keySet()); // deleted and renamed files
        bodies.keySet().retainAll(reads.keySet());
    }

    List<Problem> checked(Document doc, Supplier<List<Problem>> check) {
        return remember(checked, doc, linkReads.get(doc.path()), check);
    }

    String body(Document doc, Supplier<String> render) {
        return remember(bodies, doc, linkReads.get(doc.path()), render);
    }

    private <T> T remember(Map<String, Kept<T>> map, Document doc, Object signature, Supplier<T> make) {
        if (!keep) {
            return make.get();
        }
        Kept<T> old = map.get(doc.path());
        if (old != null && old.document() == doc && Objects.equals(old.signature(), signature)) {
            return old.value();
        }
        T value = make.get();
        map.put(doc.path(), new Kept<>(doc, signature, value));
        return value;
    }

    /**
     * URLs (site-relative, e.g. {@code praktijkvoorbeelden/x/}) of the drafts whose pages may be in the output: those
     * of the last published build and, while a build writes, also those of the build (set before any page of it is
     * in the output, so a draft's page is never served without its banner).
     */
    public Set<String> draftUrls() {
        return drafts;
    }

    /** The drafts of a build that is about to write pages: from now on they count as drafts too. */
    synchronized void writing(Set<String> building) {
        if (keep) {
            Set<String> both = new java.util.HashSet<>(drafts);
            both.addAll(building);
            drafts = Set.copyOf(both);
        }
    }

    synchronized Published published() {
        return published;
    }

    synchronized void published(Published state) {
        this.published = keep ? state : null;
        if (keep && state != null) {
            drafts = state.drafts();
        }
    }
}
