package nl.kennisbank.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A hoofdstuk's front matter, typed: {@code hoofdstuk} in {@code data/schema.yml} without {@code type}
 * ({@code DocumentSchemaTest} compares the two). Its number and guide come from its path, not from fields.
 */
public record Chapter(String titel, Optional<String> samenvatting, List<Practice.Bron> bronnen, List<String> aliassen)
        implements DocumentFields {

    /** @throws IllegalArgumentException when {@code doc} is not a hoofdstuk */
    public static Chapter of(Document doc) {
        if (doc.kind() != DocumentKind.HOOFDSTUK) {
            throw new IllegalArgumentException(doc.path() + " is a " + doc.kind() + ", not a hoofdstuk");
        }
        return new Chapter(doc.title(), doc.text("samenvatting"), Practice.sources(doc), doc.strings("aliassen"));
    }

    @Override
    public String summary() {
        return samenvatting.orElse("");
    }

    /** A chapter has no date of its own: its pages show the guide's. */
    @Override
    public Optional<LocalDate> published() {
        return Optional.empty();
    }

    @Override
    public Optional<LocalDate> updated() {
        return Optional.empty();
    }

    @Override
    public String publicationStatus() {
        return PUBLISHED;
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
