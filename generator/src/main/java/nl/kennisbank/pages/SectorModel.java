package nl.kennisbank.pages;

import java.util.List;
import nl.kennisbank.pages.Links.TermText;

/**
 * A sector's page ({@code sector.ftlh}), with {@link PageFrame}.
 *
 * @param empty {@code null} when the sector has practices
 * @param guide the sector's guide, {@code null} when it has none
 */
public record SectorModel(
        TermText term,
        List<Card> practices,
        @Absent EmptyHelp empty,
        @Absent Card guide) {}
