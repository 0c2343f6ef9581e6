package nl.kennisbank.jbake;

/**
 * A page type without a {@code template.<type>.file} line in {@code jbake.properties}: typical of a site set up
 * with an older version of the generator, before that page type existed. A configuration problem, not a crash.
 */
final class TemplateKeyMissing extends RuntimeException {

    private final String type;

    TemplateKeyMissing(String type) {
        super("no template for type " + type, null, false, false);
        this.type = type;
    }

    /** The Dutch advice: which line to add. */
    String advice() {
        return "Voor pagina's van het soort '" + type + "' staat geen template in jbake.properties. Voeg deze regel toe: template."
                + type + ".file=" + type + ".ftlh (en zet dat template in templates/; het voorbeeld in de kennisbank heeft er een)."
                + " Dit gebeurt als de site met een oudere versie van de generator is opgezet.";
    }
}
