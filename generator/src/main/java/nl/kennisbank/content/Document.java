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
 * @param typed         the same front matter typed ({@link Practice}, {@link Guide}, {@link Chapter}, {@link Page}),
 *                      made once when the document is loaded; null only for a JBake-format document, which has no
 *                      schema
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
        boolean draft,
        DocumentFields typed) {

    /** A document of a knowledge-base kind, its typed fields made from {@code fields} once here. */
    public static Document typed(
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
        Document untyped = new Document(
                kind,
                path,
                contentPath,
                slug,
                url,
                fields,
                markdown,
                bodyFirstLine,
                references,
                guideSlug,
                chapter,
                draft,
                null);
        return untyped.withTyped(DocumentFields.of(untyped));
    }

    private Document withTyped(DocumentFields fields) {
        return new Document(
                kind,
                path,
                contentPath,
                slug,
                url,
                this.fields,
                markdown,
                bodyFirstLine,
                references,
                guideSlug,
                chapter,
                draft,
                fields);
    }

    /**
     * The same document without its Markdown text, for a build once the body is rendered: nothing after that reads
     * it, and at 10,000 documents the texts take a quarter of a gigabyte.
     */
    public Document withoutMarkdown() {
        return new Document(
                kind,
                path,
                contentPath,
                slug,
                url,
                fields,
                "",
                bodyFirstLine,
                references,
                guideSlug,
                chapter,
                draft,
                typed);
    }

    /**
     * The typed front matter, made once at load: what page builders read instead of string keys.
     *
     * @throws IllegalStateException for a JBake-format document, which has no schema
     */
    @Override
    public DocumentFields typed() {
        if (typed == null) {
            throw new IllegalStateException(path + " is a JBake-format document, without typed fields");
        }
        return typed;
    }

    /** @throws ClassCastException when this is not a praktijkvoorbeeld */
    public Practice asPractice() {
        return (Practice) typed();
    }

    /** @throws ClassCastException when this is not a handreiking */
    public Guide asGuide() {
        return (Guide) typed();
    }

    /** @throws ClassCastException when this is not a hoofdstuk */
    public Chapter asChapter() {
        return (Chapter) typed();
    }

    /** @throws ClassCastException when this is not a pagina */
    public Page asPage() {
        return (Page) typed();
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
        if (!(fields.get(field) instanceof List<?> l)) {
            return List.of();
        }
        // a list the schema refused (an entry that is not a mapping) may still be here when validation reported it
        return l.stream().allMatch(Map.class::isInstance)
                ? (List<Map<String, Object>>) l
                : (List<Map<String, Object>>)
                        (List<?>) l.stream().filter(Map.class::isInstance).toList();
    }
}
