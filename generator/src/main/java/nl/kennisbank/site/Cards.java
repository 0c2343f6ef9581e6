package nl.kennisbank.site;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.Vocabularies;

/** Builds the small "card" maps listing pages show for a document. */
final class Cards {

    private final Vocabularies vocabularies;

    Cards(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    Map<String, Object> card(Document doc) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("title", doc.title());
        card.put("url", doc.url());
        card.put("summary", doc.text("samenvatting").orElse(""));
        card.put("type", doc.kind().schemaName());
        card.put("typeLabel", typeLabel(doc.kind()));
        LocalDate date = doc.date("datum").orElse(null);
        card.put("date", date == null ? "" : date.toString());
        card.put("dateLabel", DutchDates.format(date));
        card.put("sectoren", labels(Vocabularies.SECTOREN, doc.strings("sectoren")));
        card.put("gemeenten", doc.strings("gemeenten"));
        String status = doc.text("status").orElse("gepubliceerd");
        card.put("status", status);
        card.put("statusLabel", statusLabel(status));
        return card;
    }

    List<Map<String, Object>> cards(List<Document> docs) {
        return docs.stream().map(this::card).toList();
    }

    List<String> labels(String vocabulary, List<String> ids) {
        return ids.stream().map(id -> vocabularies.term(vocabulary, id).map(t -> t.label()).orElse(id)).toList();
    }

    static String typeLabel(DocumentKind kind) {
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
