package nl.kennisbank.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One validated content document.
 *
 * @param path          source path relative to the site source, e.g. {@code content/praktijkvoorbeelden/u-pas.md}
 * @param contentPath   path relative to {@code content/}
 * @param slug          the document's slug (file name without extension, or the guide folder for a handreiking)
 * @param url           site-relative URL without leading slash, e.g. {@code praktijkvoorbeelden/u-pas/}
 * @param fields        validated front matter as plain values (String, Integer, LocalDate, List, Map)
 * @param markdown      the Markdown body
 * @param bodyFirstLine 1-based line of the body's first line in the file
 * @param guideSlug     for chapters and guides: the guide's slug; otherwise empty
 * @param chapter       for chapters: the chapter number NN; otherwise 0
 * @param draft         true when the document is not published without {@code --drafts}
 */
public record Document(
        DocumentKind kind,
        String path,
        String contentPath,
        String slug,
        String url,
        Map<String, Object> fields,
        String markdown,
        int bodyFirstLine,
        List<Reference> references,
        String guideSlug,
        int chapter,
        boolean draft) {

    /**
     * The same document without its Markdown text, for a build once the body is rendered: nothing after that reads
     * it, and at 10,000 documents the texts take a quarter of a gigabyte.
     */
    public Document withoutMarkdown() {
        return new Document(
                kind, path, contentPath, slug, url, fields, "", bodyFirstLine, references, guideSlug, chapter, draft);
    }

    public String title() {
        return text("titel").or(() -> text("title")).orElse(slug);
    }

    public Optional<String> text(String field) {
        return fields.get(field) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public Optional<LocalDate> date(String field) {
        return fields.get(field) instanceof LocalDate d ? Optional.of(d) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String field) {
        return fields.get(field) instanceof List<?> l ? (List<String>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> object(String field) {
        return fields.get(field) instanceof Map<?, ?> m ? Optional.of((Map<String, Object>) m) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> objects(String field) {
        return fields.get(field) instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
