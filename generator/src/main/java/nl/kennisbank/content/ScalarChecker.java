package nl.kennisbank.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.problems.Suggestions;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Checks and converts one scalar front-matter value according to its field type. */
final class ScalarChecker {

    private final Vocabularies vocabularies;

    ScalarChecker(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    Optional<Object> check(FieldSpec spec, String name, ScalarNode node, Location at, Problems problems) {
        String raw = node.getValue().trim();
        return switch (spec.type()) {
            case TEKST -> text(spec, name, raw, at, problems);
            case GETAL -> number(spec, name, raw, at, problems);
            case DATUM -> date(name, raw, at, problems);
            case PERIODE -> period(name, raw, at, problems);
            case KEUZE -> oneOf(name, raw, spec.valueIds(), "VALUE_UNKNOWN", "onbekende waarde", at, problems);
            case VOCABULAIRE -> vocabularies.contains(spec.vocabulary(), raw) ? Optional.of(raw)
                    : oneOf(name, raw, vocabularies.ids(spec.vocabulary()), "VOCAB_UNKNOWN", unknown(spec.vocabulary()), at, problems);
            case GEMEENTE -> vocabularies.gemeentenByName().containsKey(raw) ? Optional.of(raw)
                    : oneOf(name, raw, List.copyOf(vocabularies.gemeentenByName().keySet()), "GEMEENTE_UNKNOWN", "onbekende gemeente", at, problems);
            case URL -> pattern(name, raw, "https?://[^\\s<>\"]+", "URL_INVALID",
                    "moet een volledig webadres zijn dat begint met https://", at, problems);
            case EMAIL -> pattern(name, raw, "[^@\\s]+@[^@\\s]+\\.[a-z]{2,}", "EMAIL_INVALID",
                    "moet een e-mailadres zijn, zoals info@organisatie.nl (een algemeen adres, geen persoon)", at, problems);
            case SLUG -> pattern(name, raw, "[a-z0-9]+(-[a-z0-9]+)*", "SLUG_INVALID",
                    "moet een slug zijn: kleine letters, cijfers en streepjes, zoals u-pas-utrecht", at, problems);
            case LIJST, OBJECT -> Optional.empty();
        };
    }

    void checkCount(FieldSpec spec, String name, int count, Location at, Problems problems) {
        if (spec.min() != null && count < spec.min()) {
            problems.error(at, "FIELD_TOO_FEW", "Het veld '" + name + "' heeft minstens " + spec.min() + " waarde(n) nodig.");
        }
        if (spec.max() != null && count > spec.max()) {
            problems.error(at, "FIELD_TOO_MANY", "Het veld '" + name + "' mag hoogstens " + spec.max() + " waarde(n) hebben; nu zijn het er " + count + ".");
        }
    }

    private Optional<Object> text(FieldSpec spec, String name, String raw, Location at, Problems problems) {
        if (raw.isEmpty()) {
            problems.error(at, "FIELD_REQUIRED", "Het veld '" + name + "' is leeg. Vul een tekst in.");
            return Optional.empty();
        }
        if (spec.max() != null && raw.length() > spec.max()) {
            problems.error(at, "TEXT_TOO_LONG", "Het veld '" + name + "' is " + raw.length() + " tekens; maak het hoogstens " + spec.max() + " tekens.");
        }
        return Optional.of(raw);
    }

    private Optional<Object> number(FieldSpec spec, String name, String raw, Location at, Problems problems) {
        try {
            int value = Integer.parseInt(raw);
            if ((spec.min() != null && value < spec.min()) || (spec.max() != null && value > spec.max())) {
                problems.error(at, "NUMBER_OUT_OF_RANGE", "Het veld '" + name + "' moet tussen " + spec.min() + " en " + spec.max() + " liggen.");
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            problems.error(at, "FIELD_TYPE", "Het veld '" + name + "' moet een heel getal zijn, zoals 12; '" + raw + "' is dat niet.");
            return Optional.empty();
        }
    }

    private Optional<Object> date(String name, String raw, Location at, Problems problems) {
        try {
            return Optional.of(LocalDate.parse(raw));
        } catch (DateTimeParseException e) {
            problems.error(at, "DATE_INVALID", "Het veld '" + name + "' moet een bestaande datum zijn als JJJJ-MM-DD, zoals 2026-11-20; '" + raw + "' is dat niet.");
            return Optional.empty();
        }
    }

    private Optional<Object> period(String name, String raw, Location at, Problems problems) {
        try {
            if (raw.matches("\\d{4}")) {
                return Optional.of(raw);
            }
            if (raw.matches("\\d{4}-\\d{2}")) {
                return Optional.of(YearMonth.parse(raw).toString());
            }
            return Optional.of(LocalDate.parse(raw).toString());
        } catch (DateTimeParseException e) {
            problems.error(at, "DATE_INVALID", "Het veld '" + name + "' moet een jaar (2019), maand (2019-07) of datum (2019-07-01) zijn; '" + raw + "' is dat niet.");
            return Optional.empty();
        }
    }

    private Optional<Object> oneOf(String name, String raw, List<String> allowed, String code, String what, Location at, Problems problems) {
        if (allowed.contains(raw)) {
            return Optional.of(raw);
        }
        String hint = Suggestions.hint(raw, allowed);
        String options = allowed.size() <= 12 ? " Kies uit: " + String.join(", ", allowed) + "." : "";
        String sentence = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        problems.error(at, code, sentence + " '" + raw + "' in '" + name + "'" + (hint.isEmpty() ? "." : hint) + options);
        return Optional.empty();
    }

    private Optional<Object> pattern(String name, String raw, String regex, String code, String rule, Location at, Problems problems) {
        if (raw.matches(regex)) {
            return Optional.of(raw);
        }
        problems.error(at, code, "Het veld '" + name + "' " + rule + "; '" + raw + "' is dat niet.");
        return Optional.empty();
    }

    /** "onbekende sector", but "onbekend thema" (het thema). */
    private static String unknown(String vocabulary) {
        return switch (vocabulary) {
            case Vocabularies.SECTOREN -> "onbekende sector";
            case Vocabularies.PIJLERS -> "onbekende pijler";
            case Vocabularies.THEMAS -> "onbekend thema";
            default -> "onbekende waarde";
        };
    }
}
