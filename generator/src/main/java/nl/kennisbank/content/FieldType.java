package nl.kennisbank.content;

import java.util.Locale;
import java.util.Optional;

/** The value types a front-matter field can have (their Dutch names are used in {@code data/schema.yml}). */
public enum FieldType {
    TEKST,
    GETAL,
    DATUM,
    PERIODE,
    KEUZE,
    VOCABULAIRE,
    GEMEENTE,
    URL,
    EMAIL,
    SLUG,
    ADRES,
    LIJST,
    OBJECT;

    public String dutchName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> fromDutch(String name) {
        for (FieldType type : values()) {
            if (type.dutchName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** How the type is described to an editor, e.g. in "verwacht een lijst". */
    public String describe() {
        return switch (this) {
            case TEKST -> "een tekst";
            case GETAL -> "een heel getal";
            case DATUM -> "een datum als JJJJ-MM-DD";
            case PERIODE -> "een jaar, maand of datum (JJJJ, JJJJ-MM of JJJJ-MM-DD)";
            case KEUZE -> "één van de toegestane waarden";
            case VOCABULAIRE -> "een id uit de vocabulaire";
            case GEMEENTE -> "een gemeentenaam uit data/gemeenten.yml";
            case URL -> "een webadres dat begint met https:// of http://";
            case EMAIL -> "een algemeen e-mailadres";
            case SLUG -> "de slug van een praktijkvoorbeeld";
            case ADRES -> "een adres op deze site, zoals praktijkvoorbeelden/oude-naam/";
            case LIJST -> "een lijst, bijvoorbeeld [a, b] of regels die beginnen met '- '";
            case OBJECT -> "een blok met velden";
        };
    }
}
