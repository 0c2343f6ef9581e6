package nl.kennisbank.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A handreiking's front matter, typed: {@code handreiking} in {@code data/schema.yml} without {@code type}
 * ({@code DocumentSchemaTest} compares the two).
 *
 * @param sectoren exactly one sector (the schema's min and max)
 */
public record Guide(
        String titel,
        String samenvatting,
        List<String> sectoren,
        String status,
        LocalDate datum,
        Optional<LocalDate> bijgewerkt,
        List<Practice.Bron> bronnen,
        List<String> aliassen)
        implements DocumentFields {

    /** @throws IllegalArgumentException when {@code doc} is not a handreiking */
    public static Guide of(Document doc) {
        if (doc.kind() != DocumentKind.HANDREIKING) {
            throw new IllegalArgumentException(doc.path() + " is a " + doc.kind() + ", not a handreiking");
        }
        return new Guide(
                doc.title(),
                doc.text("samenvatting").orElse(""),
                doc.strings("sectoren"),
                doc.text("status").orElse(PUBLISHED),
                doc.date("datum").orElse(null),
                doc.date("bijgewerkt"),
                Practice.sources(doc),
                doc.strings("aliassen"));
    }

    /** The guide's one sector. */
    public String sector() {
        return sectoren.isEmpty() ? "" : sectoren.get(0);
    }

    @Override
    public String summary() {
        return samenvatting;
    }

    @Override
    public Optional<LocalDate> published() {
        return Optional.ofNullable(datum);
    }

    @Override
    public Optional<LocalDate> updated() {
        return bijgewerkt;
    }

    @Override
    public String publicationStatus() {
        return status;
    }

    @Override
    public List<String> keywords() {
        return List.of();
    }

    @Override
    public List<Practice.Bron> sources() {
        return bronnen;
    }
}
