package nl.kennisbank.content;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into URL-safe slugs: lowercase ASCII letters, digits and single hyphens. */
public final class Slugs {

    private Slugs() {}

    public static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    public static boolean isValid(String slug) {
        return slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
