package nl.kennisbank.content;

import java.util.List;

/** One entry of a controlled vocabulary (a sector, pillar, theme or province). */
public record Term(String id, String label, String definitie, List<String> synoniemen) {}
