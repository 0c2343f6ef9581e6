package nl.kennisbank.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The typed front matter of a knowledge-base document of any kind ({@link Practice}, {@link Guide},
 * {@link Chapter}, {@link Page}), and what every page made from a document shows of it: the fields several kinds
 * share, with the default a kind without the field has. Page builders read these instead of string keys.
 */
public sealed interface DocumentFields permits Practice, Guide, Chapter, Page {

    /** The status a document has when its kind has no status or it gives none. */
    String PUBLISHED = "gepubliceerd";

    /** The {@code samenvatting}; "" when the document has none. */
    String summary();

    /** The {@code datum}; empty for a chapter and a page without one. */
    Optional<LocalDate> published();

    /** The {@code bijgewerkt} date, when given. */
    Optional<LocalDate> updated();

    /** The {@code status} id; {@link #PUBLISHED} when the kind has none or the document gives none. */
    String publicationStatus();

    /** The {@code trefwoorden}; empty for kinds without them. */
    List<String> keywords();

    /** The {@code bronnen}, in front matter order. */
    List<Practice.Bron> sources();

    /**
     * The typed fields of a knowledge-base document.
     *
     * @throws IllegalArgumentException for a JBake-format document, which has no schema
     */
    static DocumentFields of(Document doc) {
        return switch (doc.kind()) {
            case PRAKTIJKVOORBEELD -> Practice.of(doc);
            case HANDREIKING -> Guide.of(doc);
            case HOOFDSTUK -> Chapter.of(doc);
            case PAGINA -> Page.of(doc);
            case JBAKE ->
                throw new IllegalArgumentException(doc.path() + " is a JBake-format document, without schema");
        };
    }
}
