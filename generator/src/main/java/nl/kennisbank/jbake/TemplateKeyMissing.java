package nl.kennisbank.jbake;

/**
 * A page type without a {@code template.<type>.file} line in {@code jbake.properties}: typical of a site set up
 * with an older version of the generator, before that page type existed, or of a page whose own header names a type
 * the site has no template for. A located problem with the line to add, not a crash.
 */
final class TemplateKeyMissing extends RuntimeException {

    private final String type;

    TemplateKeyMissing(String type) {
        super("no template for type " + type, null, false, false);
        this.type = type;
    }

    /** The Dutch advice: which line to add. */
    String advice() {
        return "Voor pagina's van het soort '" + type
                + "' staat geen template in jbake.properties. Voeg deze regel toe: template."
                + type + ".file=" + type
                + ".ftlh (en zet dat template in templates/; het voorbeeld in de kennisbank heeft er een)."
                + " Dit gebeurt als de site met een oudere versie van de generator is opgezet. Staat het soort in de kop van een"
                + " pagina (type=…)? Kies dan een soort waarvoor wel een template is.";
    }
}
