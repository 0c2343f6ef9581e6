package nl.kennisbank.site.assemble;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentFields;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.Guide;
import nl.kennisbank.content.Practice;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.pages.Card;

/** Builds the {@link Card} listing pages show for a document. */
public final class Cards {

    private final Vocabularies vocabularies;
    private final Memo memo;

    public Cards(Vocabularies vocabularies) {
        this(vocabularies, new Memo());
    }

    /** With the preview's memo: a document's card is made once while the document (the very object) stays. */
    public Cards(Vocabularies vocabularies, Memo memo) {
        this.vocabularies = vocabularies;
        this.memo = memo.forVocabularies(vocabularies);
    }

    /**
     * Cards by document, compared by identity (an unchanged file keeps its document): a document appears on a dozen
     * listings, and the preview builds them all again after a front-matter save. Valid for one set of vocabularies.
     */
    public static final class Memo {
        private final Map<Same, Card> cards = new java.util.concurrent.ConcurrentHashMap<>();
        private Vocabularies vocabularies;

        /** The memo for these vocabularies, emptied when they changed or when it holds many cards of gone documents. */
        synchronized Memo forVocabularies(Vocabularies now) {
            if (vocabularies != now || cards.size() > 20_000) {
                cards.clear();
                vocabularies = now;
            }
            return this;
        }

        Card get(Document doc, java.util.function.Function<Document, Card> make) {
            return cards.computeIfAbsent(new Same(doc), k -> make.apply(doc));
        }
    }

    Card card(Document doc) {
        return memo.get(doc, this::make);
    }

    private Card make(Document doc) {
        DocumentFields fields = doc.typed();
        LocalDate date = fields.published().orElse(null);
        String status = fields.publicationStatus();
        List<String> sectors = switch (fields) {
            case Practice p -> p.sectoren();
            case Guide g -> g.sectoren();
            default -> List.of();
        };
        return new Card(
                doc.title(),
                doc.url(),
                fields.summary(),
                doc.kind().schemaName(),
                typeLabel(doc.kind()),
                date == null ? "" : date.toString(),
                DutchDates.format(date),
                labels(Vocabularies.SECTOREN, sectors),
                fields instanceof Practice p ? p.gemeenten() : List.of(),
                status,
                statusLabel(status));
    }

    List<Card> cards(List<Document> docs) {
        return docs.stream().map(this::card).toList();
    }

    List<String> labels(String vocabulary, List<String> ids) {
        return ids.stream()
                .map(id -> vocabularies.term(vocabulary, id).map(t -> t.label()).orElse(id))
                .toList();
    }

    public static String typeLabel(DocumentKind kind) {
        return switch (kind) {
            case PRAKTIJKVOORBEELD -> "Praktijkvoorbeeld";
            case HANDREIKING -> "Handreiking";
            case HOOFDSTUK -> "Hoofdstuk";
            default -> "Pagina";
        };
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "in-ontwikkeling" -> "In ontwikkeling";
            case "vervangen" -> "Vervangen";
            case "gearchiveerd" -> "Gearchiveerd";
            case "concept" -> "Concept";
            default -> "Gepubliceerd";
        };
    }
}
