package nl.kennisbank.scaffold;

import java.util.List;
import java.util.Optional;
import nl.kennisbank.content.DocumentKind;

/**
 * What an editor asked {@code kennisbank new} for.
 *
 * @param kind      praktijkvoorbeeld, handreiking or hoofdstuk
 * @param title     the title as typed; the slug comes from it unless {@code slug} is given
 * @param slug      an explicit slug for the file name, if the editor chose one
 * @param sectors   sector ids (required for a handreiking)
 * @param gemeenten municipality names as people write them (aliases are turned into the CBS name)
 * @param guide     for a chapter: the slug of its guide
 */
public record NewDocument(
        DocumentKind kind,
        String title,
        Optional<String> slug,
        List<String> sectors,
        List<String> gemeenten,
        Optional<String> guide) {

    public NewDocument {
        sectors = List.copyOf(sectors);
        gemeenten = List.copyOf(gemeenten);
    }
}
