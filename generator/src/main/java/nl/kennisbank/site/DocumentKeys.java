package nl.kennisbank.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.kennisbank.content.Document;

/**
 * Per document, a key of what one site-wide step reads of it, kept with the document (and its parse) it was made
 * from. A document that is the very object of the last build (an unchanged file keeps its document) keeps its key,
 * so comparing the site with the last build costs a lookup per document and a new key only for the documents that
 * changed.
 */
final class DocumentKeys {

    private record Entry(Document document, Object parsed, Object key) {}

    private Map<String, Entry> last = Map.of();
    private Object lastSite;

    /**
     * Whether the same documents (by path) have the same keys as at the last call and {@code site} (what the step
     * reads besides the documents) equals the last call's; remembers this call's for the next.
     *
     * @param parsed what besides the document a key is made from, compared by identity (its parse), or null
     */
    synchronized boolean same(
            List<Document> documents, Function<Document, Object> parsed, Function<Document, Object> key, Object site) {
        Map<String, Entry> now = HashMap.newHashMap(documents.size());
        boolean same = documents.size() == last.size() && Objects.equals(site, lastSite);
        for (Document doc : documents) {
            Object parse = parsed.apply(doc);
            Entry old = last.get(doc.path());
            Entry entry;
            if (old != null && old.document() == doc && old.parsed() == parse) {
                entry = old;
            } else {
                entry = new Entry(doc, parse, key.apply(doc));
                same = same && old != null && old.key().equals(entry.key());
            }
            if (now.put(doc.path(), entry) != null) {
                same = false;
            }
        }
        last = now;
        lastSite = site;
        return same;
    }

    synchronized void forget() {
        last = Map.of();
        lastSite = null;
    }
}
