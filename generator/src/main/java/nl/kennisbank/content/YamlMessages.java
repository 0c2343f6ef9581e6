package nl.kennisbank.content;

import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * The YAML parser's English problems, said in Dutch with what to do. Matched on the parser's own wording
 * (snakeyaml-engine 3.x); anything unknown gets a plain Dutch sentence, never the English text.
 */
final class YamlMessages {

    private YamlMessages() {}

    static String dutch(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        if (problem.startsWith("mapping values are not allowed")) {
            return "hier staat een dubbele punt die YAML niet verwacht. Staat er een ':' in de tekst? Zet de hele waarde dan tussen"
                    + " aanhalingstekens, zoals titel: \"Armoede: wat nu?\". Anders is de regel verkeerd ingesprongen";
        }
        if (problem.contains("'\\t(TAB)'") || problem.contains("tab character")) {
            return "hier staat een tab. Spring in met spaties, niet met tabs";
        }
        Optional<String> character = quoted(problem, "found character '");
        if (character.isPresent() && problem.contains("cannot start any token")) {
            return "een waarde kan niet beginnen met '" + character.get()
                    + "'. Zet de hele waarde tussen aanhalingstekens";
        }
        if (problem.startsWith("expected ',' or ']'")) {
            return "een lijst tussen [ en ] is hier niet goed afgesloten. Zet een komma tussen de waarden en sluit af met ]";
        }
        if (problem.startsWith("expected ',' or '}'")) {
            return "een blok tussen { en } is hier niet goed afgesloten. Zet een komma tussen de velden en sluit af met }";
        }
        if (problem.contains("unexpected end of stream") && context.contains("quoted scalar")) {
            return "de aanhalingstekens worden niet gesloten. Zet aan het eind van de waarde hetzelfde aanhalingsteken als aan het begin";
        }
        if (problem.startsWith("found undefined alias")) {
            return "de verwijzing *"
                    + problem.substring("found undefined alias".length()).trim()
                    + " wijst naar niets (er staat geen &-anker met die naam). Schrijf de waarde gewoon uit";
        }
        if (problem.startsWith("found unknown escape character")) {
            return "na een \\ tussen dubbele aanhalingstekens staat een onbekende code. Schrijf \\\\ voor een backslash, of gebruik enkele aanhalingstekens";
        }
        if (problem.startsWith("expected <block end>")
                || problem.startsWith("did not find expected key")
                || problem.startsWith("did not find expected '-'")) {
            return "de inspringing klopt niet: deze regel staat verder naar links of rechts dan de regels eromheen. Zet velden van"
                    + " hetzelfde niveau precies onder elkaar, en de '- ' van een lijst ook";
        }
        if (problem.startsWith("could not find expected ':'")) {
            return "hier mist een dubbele punt. Schrijf elk veld als 'veld: waarde'";
        }
        if (problem.contains("another document") || context.contains("single document")) {
            return "er begint hier een tweede YAML-document (een regel '---'). Haal die regel weg";
        }
        if (context.contains("anchor") || context.contains("alias")) {
            return "na & of * hoort een naam van letters en cijfers. Zet tekst die met & of * begint tussen aanhalingstekens";
        }
        if (context.contains("block scalar")) {
            return "de tekst na '|' of '>' klopt niet. Spring elke regel van die tekst verder in dan het veld";
        }
        if (problem.contains("unexpected end of stream")) {
            return "het kopblok houdt onverwacht op. Controleer of elke [ , { en elk aanhalingsteken ook gesloten wordt";
        }
        return "deze regel is geen geldige YAML. Controleer inspringing (spaties, geen tabs), dubbele punten en aanhalingstekens";
    }

    /** The text between {@code prefix} and the next quote, for "found character 'x'". */
    private static Optional<String> quoted(String problem, String prefix) {
        int start = problem.indexOf(prefix);
        if (start < 0) {
            return Optional.empty();
        }
        int from = start + prefix.length();
        int end = problem.indexOf('\'', from);
        return end < 0
                ? Optional.empty()
                : Optional.of(
                        problem.substring(from, end).toLowerCase(Locale.ROOT).equals("\\t(tab)")
                                ? "tab"
                                : problem.substring(from, end));
    }

    /** The first character YAML does not allow (control characters), as 0-based line and 1-based column. */
    static Optional<int[]> firstControlCharacter(String yaml) {
        int line = 0;
        int column = 1;
        for (int i = 0; i < yaml.length(); ) {
            int c = yaml.codePointAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                if (!printable(c)) {
                    return Optional.of(new int[] {line, column, c});
                }
                column++;
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** YAML 1.2's printable set (c-printable). */
    private static boolean printable(int c) {
        return c == 0x9
                || c == 0xD
                || (c >= 0x20 && c <= 0x7E)
                || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
