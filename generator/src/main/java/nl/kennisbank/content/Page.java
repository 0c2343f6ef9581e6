package nl.kennisbank.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A pagina's front matter, typed: {@code pagina} in {@code data/schema.yml} without {@code type}
 * ({@code DocumentSchemaTest} compares the two).
 *
 * @param publiek who the page is for ({@code bezoekers} or {@code redacteuren}); visitors when not given
 */
public record Page(
        String titel,
        Optional<String> samenvatting,
        Optional<LocalDate> datum,
        Optional<LocalDate> bijgewerkt,
        Optional<String> status,
        List<String> trefwoorden,
        List<Practice.Bron> bronnen,
        Optional<String> publiek,
        List<String> aliassen)
        implements DocumentFields {

    /** @throws IllegalArgumentException when {@code doc} is not a pagina */
    public static Page of(Document doc) {
        if (doc.kind() != DocumentKind.PAGINA) {
            throw new IllegalArgumentException(doc.path() + " is a " + doc.kind() + ", not a pagina");
        }
        return new Page(
                doc.title(),
                doc.text("samenvatting"),
                doc.date("datum"),
                doc.date("bijgewerkt"),
                doc.text("status"),
                doc.strings("trefwoorden"),
                Practice.sources(doc),
                doc.text("publiek"),
                doc.strings("aliassen"));
    }

    /** A page for editors ({@code publiek: redacteuren}), such as the editors' guide. */
    public boolean forEditors() {
        return publiek.filter("redacteuren"::equals).isPresent();
    }

    @Override
    public String summary() {
        return samenvatting.orElse("");
    }

    @Override
    public Optional<LocalDate> published() {
        return datum;
    }

    @Override
    public Optional<LocalDate> updated() {
        return bijgewerkt;
    }

    @Override
    public String publicationStatus() {
        return status.orElse(PUBLISHED);
    }

    @Override
    public List<String> keywords() {
        return trefwoorden;
    }

    @Override
    public List<Practice.Bron> sources() {
        return bronnen;
    }
}
