package nl.kennisbank.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A praktijkvoorbeeld's front matter, typed: one component per field of {@code praktijkvoorbeeld} in
 * {@code data/schema.yml} (only {@code type}, which the folder decides, is left out), so the page builders read
 * names the compiler checks instead of Dutch string keys. {@code DocumentSchemaTest} compares names, types and
 * which fields are optional with the schema. Built from a validated document: a value the schema requires is there.
 */
public record Practice(
        String titel,
        String samenvatting,
        LocalDate datum,
        Optional<LocalDate> bijgewerkt,
        String status,
        List<String> sectoren,
        List<String> themas,
        List<String> pijlers,
        List<String> gemeenten,
        List<String> doelgroep,
        Optional<Leeftijd> leeftijd,
        List<Partner> partners,
        Optional<Onderbouwing> onderbouwing,
        Optional<Looptijd> looptijd,
        Optional<Contact> contact,
        List<Bron> bronnen,
        Optional<Afbeelding> afbeelding,
        List<String> trefwoorden,
        List<String> verwant,
        List<String> aliassen)
        implements DocumentFields {

    /** The children's ages, from and to. */
    public record Leeftijd(int van, int tot) {}

    /** An organisation taking part and its role (a value id of {@code partners.rol}). */
    public record Partner(String naam, String rol) {}

    /** The evidence level (a value id of {@code onderbouwing.niveau}), the database that gave it and its page. */
    public record Onderbouwing(String niveau, Optional<String> databank, Optional<String> link) {}

    /** When the approach ran or runs (periods as written: 2019, 2019-07 or 2019-07-01) and its phase. */
    public record Looptijd(Optional<String> start, Optional<String> eind, Optional<String> fase) {}

    /** An organisation and a general address, never a person. */
    public record Contact(String organisatie, Optional<String> website, Optional<String> email) {}

    /** A source: title, publisher, its date as the source gives it (a period) and its link. */
    public record Bron(String titel, String uitgever, Optional<String> datum, Optional<String> link) {}

    /** An image in content/ (as linked from the document) and its alt text. */
    public record Afbeelding(String src, String alt) {}

    /** @throws IllegalArgumentException when {@code doc} is not a praktijkvoorbeeld */
    public static Practice of(Document doc) {
        if (doc.kind() != DocumentKind.PRAKTIJKVOORBEELD) {
            throw new IllegalArgumentException(doc.path() + " is a " + doc.kind() + ", not a praktijkvoorbeeld");
        }
        return new Practice(
                doc.title(),
                doc.text("samenvatting").orElse(""),
                doc.date("datum").orElse(null),
                doc.date("bijgewerkt"),
                doc.text("status").orElse(PUBLISHED),
                doc.strings("sectoren"),
                doc.strings("themas"),
                doc.strings("pijlers"),
                doc.strings("gemeenten"),
                doc.strings("doelgroep"),
                doc.object("leeftijd")
                        .filter(l -> l.get("van") instanceof Number && l.get("tot") instanceof Number)
                        .map(l -> new Leeftijd(((Number) l.get("van")).intValue(), ((Number) l.get("tot")).intValue())),
                doc.objects("partners").stream()
                        .map(p -> new Partner(
                                text(p, "naam").orElse(""), text(p, "rol").orElse("")))
                        .toList(),
                doc.object("onderbouwing")
                        .map(o -> new Onderbouwing(text(o, "niveau").orElse(""), text(o, "databank"), text(o, "link"))),
                doc.object("looptijd").map(l -> new Looptijd(text(l, "start"), text(l, "eind"), text(l, "fase"))),
                doc.object("contact")
                        .map(c -> new Contact(text(c, "organisatie").orElse(""), text(c, "website"), text(c, "email"))),
                sources(doc),
                doc.object("afbeelding")
                        .map(a -> new Afbeelding(
                                text(a, "src").orElse(""), text(a, "alt").orElse(""))),
                doc.strings("trefwoorden"),
                doc.strings("verwant"),
                doc.strings("aliassen"));
    }

    /** The fields whose values are terms of a vocabulary with browse pages, in the order the site lists them. */
    public static final List<String> TERM_FIELDS = List.of("sectoren", "themas", "pijlers");

    /**
     * The term ids of one of {@link #TERM_FIELDS}.
     *
     * @throws IllegalArgumentException for any other field name
     */
    public List<String> termIds(String field) {
        return switch (field) {
            case "sectoren" -> sectoren;
            case "themas" -> themas;
            case "pijlers" -> pijlers;
            default -> throw new IllegalArgumentException(field + " holds no vocabulary terms");
        };
    }

    /** The sources of any document ({@code bronnen} has the same shape in every document kind). */
    public static List<Bron> sources(Document doc) {
        return doc.objects("bronnen").stream()
                .map(b -> new Bron(
                        text(b, "titel").orElse(""), text(b, "uitgever").orElse(""), text(b, "datum"), text(b, "link")))
                .toList();
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
        return trefwoorden;
    }

    @Override
    public List<Bron> sources() {
        return bronnen;
    }

    private static Optional<String> text(Map<String, Object> object, String key) {
        return Optional.ofNullable(object.get(key)).map(Object::toString);
    }
}
