package nl.kennisbank.pages;

import java.util.List;
import nl.kennisbank.pages.Links.Place;
import nl.kennisbank.pages.Links.TermText;

/**
 * A thema's, pijler's, provincie's or gemeente's page ({@code taxonomie.ftlh}), with {@link PageFrame}.
 *
 * @param kind      thema, pijler, provincie or gemeente
 * @param gemeenten for a province: its municipalities with practices; empty otherwise
 * @param empty     {@code null} when the term has practices (and always for a municipality, which has at least one)
 */
public record TermModel(
        String kind,
        TermText term,
        List<Card> practices,
        List<Place> gemeenten,
        @Absent EmptyHelp empty) {}
