package nl.kennisbank.content;

import nl.kennisbank.problems.Location;

/**
 * A value in front matter that names another place on the site, with where it was written.
 *
 * @param kind what the value names
 * @param slug for {@link Kind#PRACTICE}: a praktijkvoorbeeld's slug (e.g. in {@code verwant}); for
 *             {@link Kind#ALIAS}: an old address of this page, as a site-relative URL ending in '/' (in {@code aliassen});
 *             for {@link Kind#IMAGE}: the image file as written in {@code afbeelding.src}
 */
public record Reference(Kind kind, String slug, Location at) {

    /** What a reference names. */
    public enum Kind {
        /** an existing praktijkvoorbeeld */
        PRACTICE,
        /** an old address of the page itself, that must now redirect to it */
        ALIAS,
        /** an image file in content/, shown with the page */
        IMAGE
    }
}
