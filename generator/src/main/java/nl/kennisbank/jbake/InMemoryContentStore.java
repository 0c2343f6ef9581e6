package nl.kennisbank.jbake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store answered from memory. Every query JBake's renderer and model extractors make is
 * precomputed once (lists per type, per tag), so rendering N documents is O(N), not O(N²) as with OrientDB.
 * The store is filled before rendering starts and is read-only afterwards, so threads can share it.
 */
public final class InMemoryContentStore extends ContentStore {

    private static final Comparator<DocumentModel> NEWEST_FIRST = Comparator.comparing(
                    (DocumentModel d) -> d.getDate() == null ? new Date(0) : d.getDate())
            .reversed()
            .thenComparing(d -> String.valueOf(d.getUri()));

    private final Map<String, List<DocumentModel>> byType = new LinkedHashMap<>();
    private final Map<String, List<DocumentModel>> publishedByType = new LinkedHashMap<>();
    private final Map<String, List<DocumentModel>> publishedByTag = new LinkedHashMap<>();
    private final Set<String> tags = new TreeSet<>();
    private final Set<String> postTags = new TreeSet<>();
    private final Map<String, DocumentModel> byUri = new LinkedHashMap<>();
    private final boolean stockOrder;

    public InMemoryContentStore(List<DocumentModel> documents) {
        this(documents, false);
    }

    /**
     * The store of a JBake-format site, answering in stock JBake 2.7's order: documents of the same date in reverse
     * crawl order (as its OrientDB query returns them), tags in the order of the hash set JBake collects them in.
     *
     * @param crawlOrder the documents in the order JBake's crawler reads them (sorted paths)
     */
    static InMemoryContentStore inStockOrder(List<DocumentModel> crawlOrder) {
        return new InMemoryContentStore(crawlOrder.reversed(), true);
    }

    private InMemoryContentStore(List<DocumentModel> documents, boolean stockOrder) {
        super("memory", "kennisbank");
        this.stockOrder = stockOrder;
        List<DocumentModel> sorted = new ArrayList<>(documents);
        sorted.sort(
                stockOrder
                        ? Comparator.comparing((DocumentModel d) -> d.getDate() == null ? new Date(0) : d.getDate())
                                .reversed()
                        : NEWEST_FIRST);
        for (DocumentModel doc : sorted) {
            byType.computeIfAbsent(doc.getType(), t -> new ArrayList<>()).add(doc);
            byUri.put(doc.getSourceuri(), doc);
            if ("published".equals(doc.getStatus())) {
                publishedByType
                        .computeIfAbsent(doc.getType(), t -> new ArrayList<>())
                        .add(doc);
                for (String tag : doc.getTags()) {
                    tags.add(tag);
                    publishedByTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(doc);
                    if ("post".equals(doc.getType())) {
                        postTags.add(tag);
                    }
                }
            }
        }
    }

    private static DocumentList<DocumentModel> list(List<DocumentModel> docs) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        if (docs != null) {
            list.addAll(docs);
        }
        return list;
    }

    @Override
    public void startup() {
        // nothing to start: there is no database
    }

    @Override
    public void close() {
        // nothing to close
    }

    @Override
    public void shutdown() {
        // nothing to shut down
    }

    @Override
    public void drop() {
        // nothing to drop
    }

    @Override
    public long getDocumentCount(String docType) {
        return byType.getOrDefault(docType, List.of()).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return publishedByType.getOrDefault(docType, List.of()).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        DocumentModel doc = byUri.get(uri);
        return list(doc == null ? List.of() : List.of(doc));
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return list(publishedByTag.getOrDefault(tag, List.of()).stream()
                .filter(d -> "post".equals(d.getType()))
                .toList());
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return list(publishedByTag.get(tag));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return list(publishedByType.get(docType));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return list(byType.get(docType));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return getAllContent(docType);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return list(List.of());
    }

    @Override
    public Set<String> getTags() {
        return stockOrder ? new java.util.HashSet<>(postTags) : new TreeSet<>(postTags);
    }

    @Override
    public Set<String> getAllTags() {
        return stockOrder ? new java.util.HashSet<>(tags) : new TreeSet<>(tags);
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void addDocument(DocumentModel document) {
        throw new UnsupportedOperationException("the in-memory store is filled once, through its constructor");
    }

    @Override
    public void deleteContent(String uri) {
        throw new UnsupportedOperationException("the in-memory store is read-only");
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        // rendering state is not tracked: every build renders everything
    }

    @Override
    public void deleteAllByDocType(String docType) {
        throw new UnsupportedOperationException("the in-memory store is read-only");
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, java.io.File templateFolder) {
        // there is no cache
    }
}
