package nl.kennisbank.jbake;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FreeMarker syntax error ({@link freemarker.core.ParseException}) said in Dutch: what is wrong at the line and
 * column and what to do. The parser's own text is English and, for an unexpected token, lists some fifty token
 * names; the kinds below cover what people actually get wrong (an end tag missing or in the wrong order, a typo in
 * a directive or built-in, a bracket or quote left open, {@code ${…}} inside an expression). Anything else keeps
 * FreeMarker's first line, marked as such, after a Dutch sentence.
 */
final class TemplateSyntaxText {

    private record Kind(Pattern pattern, Function<Matcher, String> dutch) {}

    private static final String END_TAGS =
            " Een eindtag begint met </# of </@, bijvoorbeeld </#if>, </#list> of </@layout.page>.";

    private static final List<Kind> KINDS = List.of(
            new Kind(
                    Pattern.compile(
                            "Unexpected end of file reached\\. You have an unclosed \"?([^\" ]+?)\"?(?: or #function)?\\.+ "),
                    m -> "het bestand houdt op terwijl " + opened(m.group(1)) + " nog open staat. Sluit het af."
                            + END_TAGS),
            new Kind(
                    Pattern.compile("Encountered \"(.+?)\", but at this place only this can be closed: \"(.+?)\""),
                    m -> "hier staat " + m.group(1) + ", maar eerst moet " + m.group(2) + " gesloten worden (</"
                            + m.group(2)
                            + ">). Controleer of de tags goed genest zijn en of er geen eindtag ontbreekt."),
            new Kind(
                    Pattern.compile("Encountered \"(.+?)\", but was expecting one of these patterns:([\\s\\S]*)"),
                    m -> "hier staat " + quoted(m.group(1)) + ", en dat kan op deze plek niet." + missing(m.group(2))),
            new Kind(
                    Pattern.compile("Unknown directive: (#\\S+?)\\."),
                    m -> "de opdracht <" + m.group(1)
                            + "> bestaat niet in FreeMarker. Controleer de spelling (bijvoorbeeld #if, #list,"
                            + " #assign, #include, #import)."),
            new Kind(
                    Pattern.compile("Unknown built-in: \"(.+?)\""),
                    m -> "?" + m.group(1) + " bestaat niet in FreeMarker. Controleer de spelling; de lijst staat op"
                            + " https://freemarker.apache.org/docs/ref_builtins.html."),
            new Kind(
                    Pattern.compile("(#\\S+) is an existing directive, but the tag is malformed"),
                    m -> "de tag <" + m.group(1)
                            + "> is niet goed geschreven: er ontbreekt iets, zoals de voorwaarde bij #if, de lijst"
                            + " bij #list of de bestandsnaam bij #include."),
            new Kind(
                    Pattern.compile("You can't use (\\$\\{|#\\{|\\[=)"),
                    m ->
                            "binnen een FreeMarker-tag of een ${…} schrijf je geen ${…} meer: schrijf alleen de uitdrukking, dus x"
                                    + " in plaats van ${x}."),
            new Kind(
                    Pattern.compile("Lexical error: encountered (.+?) after \"(.*)\"\\.?"),
                    m -> "FreeMarker kan de tekst na " + m.group(2).replace("\\\"", "\"")
                            + " niet lezen. Vaak staat er een" + " aanhalingsteken of haakje open."));

    private TemplateSyntaxText() {}

    static String of(String editorMessage) {
        String message = editorMessage == null ? "" : editorMessage.strip();
        for (Kind kind : KINDS) {
            Matcher m = kind.pattern().matcher(message);
            if (m.lookingAt()) {
                return kind.dutch().apply(m);
            }
        }
        int nl = message.indexOf('\n');
        return "controleer de template op deze plek. (Melding van FreeMarker: "
                + (nl < 0 ? message : message.substring(0, nl)) + ")";
    }

    private static String opened(String what) {
        return switch (what) {
            case "{" -> "een ${";
            case "@" -> "een <@…>-aanroep";
            default -> "<" + what + ">";
        };
    }

    private static String quoted(String token) {
        return token.equals("<EOF>") ? "het einde van het bestand" : token;
    }

    /** What the parser would have accepted, reduced to the one hint people need: a closing bracket. */
    private static String missing(String expected) {
        if (expected.contains("\")\"")) {
            return " Waarschijnlijk ontbreekt er een sluithaakje ).";
        }
        if (expected.contains("\"}\"")) {
            return " Waarschijnlijk ontbreekt er een sluitaccolade }.";
        }
        if (expected.contains("<ID>")) {
            return " Hier hoort een waarde of naam te staan: er ontbreekt een deel van de uitdrukking.";
        }
        return " Controleer of een tag hier mag staan, bijvoorbeeld een <#else> na een <#else>, of een eindtag zonder begintag.";
    }
}
