package nl.kennisbank.content;

import nl.kennisbank.problems.Location;

/** A slug named in front matter (e.g. in {@code verwant}) that must point at an existing praktijkvoorbeeld. */
public record Reference(String slug, Location at) {
}
