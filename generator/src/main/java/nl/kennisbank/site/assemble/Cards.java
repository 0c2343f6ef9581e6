package nl.kennisbank.site.assemble;

import java.time.LocalDate;
import java.util.List;
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

    public Cards(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    Card card(Document doc) {
        DocumentFields fields = DocumentFields.of(doc);
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
