package nl.kennisbank.jbake;

import java.util.List;
import java.util.Set;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;

/**
 * What a template sees as {@code db}: JBake 2.7's query methods on the content store, answered from memory.
 * Stock JBake hands templates the OrientDB-backed store itself, so FreeMarker's introspection of that class needs
 * OrientDB's classes (as does JBake's {@code DocumentList}); this facade returns plain lists, so templates such as
 * {@code ${db.getPublishedPages().size()}} work without OrientDB on the classpath.
 */
public final class TemplateDb {

    private final ContentStore store;

    TemplateDb(ContentStore store) {
        this.store = store;
    }

    /**
     * The facade as stock JBake hands {@code db} to templates: through a beans wrapper, so the lists it returns keep
     * their Java methods ({@code db.getPublishedPages().size()}), with the same safe member-access policy as the
     * rest of the model (no {@code getClass()}, no reflection).
     */
    static freemarker.template.TemplateModel wrapped(ContentStore store) {
        freemarker.ext.beans.BeansWrapperBuilder builder =
                new freemarker.ext.beans.BeansWrapperBuilder(freemarker.template.Configuration.VERSION_2_3_34);
        builder.setMemberAccessPolicy(freemarker.ext.beans.DefaultMemberAccessPolicy.getInstance(
                freemarker.template.Configuration.VERSION_2_3_34));
        builder.setExposureLevel(freemarker.ext.beans.BeansWrapper.EXPOSE_SAFE);
        try {
            return builder.build().wrap(new TemplateDb(store));
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException("the db facade cannot be wrapped", e);
        }
    }

    public List<DocumentModel> getPublishedPosts() {
        return List.copyOf(store.getPublishedPosts());
    }

    public List<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return List.copyOf(store.getPublishedPosts(applyPaging));
    }

    public List<DocumentModel> getPublishedPostsByTag(String tag) {
        return List.copyOf(store.getPublishedPostsByTag(tag));
    }

    public List<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return List.copyOf(store.getPublishedDocumentsByTag(tag));
    }

    public List<DocumentModel> getPublishedPages() {
        return List.copyOf(store.getPublishedPages());
    }

    public List<DocumentModel> getPublishedContent(String docType) {
        return List.copyOf(store.getPublishedContent(docType));
    }

    public List<DocumentModel> getAllContent(String docType) {
        return List.copyOf(store.getAllContent(docType));
    }

    public List<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return List.copyOf(store.getAllContent(docType, applyPaging));
    }

    public List<DocumentModel> getDocumentByUri(String uri) {
        return List.copyOf(store.getDocumentByUri(uri));
    }

    public long getDocumentCount(String docType) {
        return store.getDocumentCount(docType);
    }

    public long getPublishedCount(String docType) {
        return store.getPublishedCount(docType);
    }

    public Set<String> getTags() {
        return store.getTags();
    }

    public Set<String> getAllTags() {
        return store.getAllTags();
    }
}
