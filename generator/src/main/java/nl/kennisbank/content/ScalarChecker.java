package nl.kennisbank.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
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
            case KEUZE -> oneOf(name, raw, spec.valueIds(), ProblemCode.VALUE_UNKNOWN, at, problems);
            case VOCABULAIRE ->
                vocabularies.contains(spec.vocabulary(), raw) || !vocabularies.isReadable(spec.vocabulary())
                        ? Optional.of(raw)
                        : oneOf(
                                name,
                                raw,
                                vocabularies.ids(spec.vocabulary()),
                                ProblemCode.VOCAB_UNKNOWN,
                                unknown(spec.vocabulary()),
                                at,
                                problems);
            case GEMEENTE -> gemeente(name, raw, at, problems);
            case URL -> pattern(name, raw, "https?://[^\\s<>\"]+", ProblemCode.URL_INVALID, at, problems);
            case EMAIL -> pattern(name, raw, "[^@\\s]+@[^@\\s]+\\.[a-z]{2,}", ProblemCode.EMAIL_INVALID, at, problems);
            case SLUG -> pattern(name, raw, "[a-z0-9]+(-[a-z0-9]+)*", ProblemCode.SLUG_INVALID, at, problems);
            case ADRES -> address(name, raw, at, problems);
            case LIJST, OBJECT -> Optional.empty();
        };
    }

    void checkCount(FieldSpec spec, String name, int count, Location at, Problems problems) {
        if (spec.min() != null && count < spec.min()) {
            problems.report(at, ProblemCode.FIELD_TOO_FEW, name, spec.min());
        }
        if (spec.max() != null && count > spec.max()) {
            problems.report(at, ProblemCode.FIELD_TOO_MANY, name, spec.max(), count);
        }
    }

    private Optional<Object> text(FieldSpec spec, String name, String raw, Location at, Problems problems) {
        if (raw.isEmpty()) {
            problems.report(at, ProblemCode.FIELD_EMPTY, name, "een tekst");
            return Optional.empty();
        }
        int characters =
                raw.codePointCount(0, raw.length()); // an emoji is one character to an editor, not two UTF-16 units
        if (spec.max() != null && characters > spec.max()) {
            problems.report(at, ProblemCode.TEXT_TOO_LONG, name, characters, spec.max());
        }
        return Optional.of(raw);
    }

    private Optional<Object> number(FieldSpec spec, String name, String raw, Location at, Problems problems) {
        try {
            int value = Integer.parseInt(raw);
            if ((spec.min() != null && value < spec.min()) || (spec.max() != null && value > spec.max())) {
                problems.report(at, ProblemCode.NUMBER_OUT_OF_RANGE, name, spec.min(), spec.max());
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            problems.report(at, ProblemCode.FIELD_TYPE_NUMBER, name, raw);
            return Optional.empty();
        }
    }

    private Optional<Object> date(String name, String raw, Location at, Problems problems) {
        try {
            return Optional.of(LocalDate.parse(raw));
        } catch (DateTimeParseException e) {
            problems.report(at, ProblemCode.DATE_INVALID, name, raw);
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
            problems.report(at, ProblemCode.PERIOD_INVALID, name, raw);
            return Optional.empty();
        }
    }

    private Optional<Object> oneOf(
            String name, String raw, List<String> allowed, ProblemCode code, Location at, Problems problems) {
        return oneOf(name, raw, allowed, code, null, at, problems);
    }

    /** {@code what} leads the message when the code's template starts with it ("Onbekend thema"). */
    private Optional<Object> oneOf(
            String name,
            String raw,
            List<String> allowed,
            ProblemCode code,
            String what,
            Location at,
            Problems problems) {
        if (allowed.contains(raw)) {
            return Optional.of(raw);
        }
        String hint = Suggestions.hint(raw, allowed);
        String options = allowed.size() <= 12 ? " Kies uit: " + String.join(", ", allowed) + "." : "";
        Object[] args = {raw, name, hint.isEmpty() ? "." : hint, options};
        problems.report(at, code, what == null ? args : new Object[] {what, raw, name, args[2], options});
        return Optional.empty();
    }

    /** A municipality by its CBS name or an alias from data/gemeenten.yml (Den Haag), kept as the CBS name. */
    private Optional<Object> gemeente(String name, String raw, Location at, Problems problems) {
        Optional<Gemeente> known = vocabularies.gemeente(raw);
        if (known.isPresent()) {
            return Optional.of(known.get().naam());
        }
        if (!vocabularies.isReadable(Vocabularies.GEMEENTEN)) {
            return Optional.of(raw); // data/gemeenten.yml has its own problem; the documents are not blamed for it
        }
        Map<String, String> spellings = vocabularies.gemeenteSpellings();
        String hint = Suggestions.closest(raw, spellings.keySet())
                .map(s -> Suggestions.hintFor(spellings.get(s)))
                .orElse(".");
        List<String> names = List.copyOf(vocabularies.gemeentenByName().keySet());
        problems.report(
                at,
                ProblemCode.GEMEENTE_UNKNOWN,
                raw,
                name,
                hint,
                names.size() <= 12
                        ? " Kies uit: " + String.join(", ", names) + "."
                        : " Schrijf de naam zoals in data/gemeenten.yml (bijvoorbeeld 's-Hertogenbosch of Den Bosch).");
        return Optional.empty();
    }

    private Optional<Object> pattern(
            String name, String raw, String regex, ProblemCode code, Location at, Problems problems) {
        if (raw.matches(regex)) {
            return Optional.of(raw);
        }
        problems.report(at, code, name, raw);
        return Optional.empty();
    }

    /** A site-relative address, written with or without the slashes around it; kept as {@code a/b/}. */
    private Optional<Object> address(String name, String raw, Location at, Problems problems) {
        String path = raw.replaceFirst("^/", "").replaceFirst("/$", "");
        if (path.matches("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*")) {
            return Optional.of(path + "/");
        }
        problems.report(at, ProblemCode.ALIAS_INVALID, name, raw);
        return Optional.empty();
    }

    /** "Onbekende sector", but "Onbekend thema" (het thema). */
    private static String unknown(String vocabulary) {
        return switch (vocabulary) {
            case Vocabularies.SECTOREN -> "Onbekende sector";
            case Vocabularies.PIJLERS -> "Onbekende pijler";
            case Vocabularies.THEMAS -> "Onbekend thema";
            default -> "Onbekende waarde";
        };
    }
}
