package nl.kennisbank.pages;

import java.util.List;
import nl.kennisbank.pages.DocumentText.Source;
import nl.kennisbank.pages.Links.Link;

/**
 * A praktijkvoorbeeld's page ({@code praktijkvoorbeeld.ftlh}), with {@link DocumentText} and {@link PageFrame}.
 *
 * @param isoDate  the datum as YYYY-MM-DD, for {@code <time datetime>}
 * @param archived whether the status is gearchiveerd
 * @param related  up to three related practices
 * @param image    the optional afbeelding, {@code null} without one
 */
public record PracticeModel(
        String isoDate,
        boolean archived,
        Facts facts,
        List<Card> related,
        @Absent Image image) {

    /**
     * The facts block: vocabulary terms as links, the optional fields in Dutch.
     *
     * @param leeftijd "4 tot 12 jaar", "" when not given
     * @param looptijd {@code null} when not given
     * @param contact  {@code null} when not given
     */
    public record Facts(
            List<Link> sectoren,
            List<Link> themas,
            List<Link> pijlers,
            List<Link> gemeenten,
            List<Link> provincies,
            List<String> doelgroep,
            String leeftijd,
            @Absent Looptijd looptijd,
            Onderbouwing onderbouwing,
            List<Partner> partners,
            @Absent Contact contact,
            List<Source> bronnen,
            List<String> trefwoorden) {}

    /** Start and end as Dutch periods, the phase id and its label; "" for what is not given. */
    public record Looptijd(String fase, String start, String eind, String faseLabel) {}

    /** The evidence level (id and label), the database that gave it and its link; "" for what is not given. */
    public record Onderbouwing(String niveau, String databank, String link, String niveauLabel) {}

    /** A partner with its role id and the role's label. */
    public record Partner(String naam, String rol, String rolLabel) {}

    /** The contact's organisation, website and e-mail address; "" for what is not given. */
    public record Contact(String organisatie, String website, String email) {}

    /** The image's URL (relative to the page) and its alt text. */
    public record Image(String src, String alt) {}
}
