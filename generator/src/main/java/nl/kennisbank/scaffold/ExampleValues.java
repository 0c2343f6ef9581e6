package nl.kennisbank.scaffold;

import java.time.LocalDate;
import java.util.List;
import nl.kennisbank.content.FieldSpec;
import nl.kennisbank.content.FieldType;
import nl.kennisbank.content.Vocabularies;

/** A valid example value for each field type, written as YAML, and the choices an editor has for a field. */
final class ExampleValues {

    private static final int MAX_LISTED_CHOICES = 12;
    private final Vocabularies vocabularies;
    private final LocalDate today;

    private final String oldAddress;

    /** @param oldAddress the example for an old address (aliassen:), one of this document's own so it is free */
    ExampleValues(Vocabularies vocabularies, LocalDate today, String oldAddress) {
        this.vocabularies = vocabularies;
        this.today = today;
        this.oldAddress = oldAddress;
    }

    /** An example for a scalar field type (for lists: an example item). */
    String scalar(FieldSpec spec) {
        return switch (spec.type()) {
            case TEKST -> YamlText.quoted("…");
            case GETAL -> String.valueOf(spec.min() != null ? spec.min() : 0);
            case DATUM -> today.toString();
            case PERIODE -> String.valueOf(today.getYear());
            case KEUZE -> spec.valueIds().isEmpty() ? "…" : spec.valueIds().get(0);
            case VOCABULAIRE -> first(vocabularies.ids(spec.vocabulary()));
            case GEMEENTE ->
                YamlText.quoted(
                        vocabularies.gemeentenByName().containsKey("Utrecht")
                                ? "Utrecht"
                                : first(List.copyOf(
                                        vocabularies.gemeentenByName().keySet())));
            case URL -> "https://www.voorbeeld.nl/";
            case EMAIL -> "info@voorbeeld.nl";
            case SLUG -> "naam-van-een-praktijkvoorbeeld";
            case ADRES -> oldAddress;
            case LIJST, OBJECT -> throw new IllegalArgumentException("not a scalar type: " + spec.type());
        };
    }

    /** The allowed ids of a choice or vocabulary field (or of its items), empty for free fields. */
    List<String> choices(FieldSpec spec) {
        FieldSpec single = spec.type() == FieldType.LIJST && spec.items() != null ? spec.items() : spec;
        return switch (single.type()) {
            case KEUZE -> single.valueIds();
            case VOCABULAIRE -> vocabularies.ids(single.vocabulary());
            default -> List.of();
        };
    }

    /** "kies uit a, b, c" for a short list of choices, or the empty string. */
    String choiceHint(FieldSpec spec) {
        List<String> choices = choices(spec);
        if (choices.isEmpty() || choices.size() > MAX_LISTED_CHOICES) {
            return "";
        }
        return "kies uit " + String.join(", ", choices);
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? "…" : values.get(0);
    }
}
