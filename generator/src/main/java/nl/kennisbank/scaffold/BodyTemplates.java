package nl.kennisbank.scaffold;

import nl.kennisbank.content.DocumentKind;

/** The Markdown body a new file starts with: the headings the editors' guide asks for, each with a placeholder. */
final class BodyTemplates {

    private BodyTemplates() {}

    static String of(DocumentKind kind) {
        return switch (kind) {
            case PRAKTIJKVOORBEELD ->
                section("Wat het kinderen oplevert", "begin met wat de aanpak voor kinderen doet.")
                        + section("Zo werkt het", "beschrijf in korte stappen hoe de aanpak werkt.")
                        + section("Wie doen het", "noem de organisaties die meedoen, nooit personen.")
                        + section("Wat je ervan kunt leren", "wat kan een ander overnemen, en waar moet je op letten?");
            case HANDREIKING ->
                paragraph("schrijf een korte inleiding: voor wie is deze handreiking en wat heb je eraan?");
            case HOOFDSTUK -> section("Eerste kopje", "schrijf de tekst van dit hoofdstuk. Gebruik ## voor kopjes.");
            default -> paragraph("schrijf hier de tekst.");
        };
    }

    private static String section(String heading, String placeholder) {
        return "## " + heading + "\n\n" + paragraph(placeholder);
    }

    private static String paragraph(String placeholder) {
        return Placeholder.text(placeholder) + "\n\n";
    }
}
