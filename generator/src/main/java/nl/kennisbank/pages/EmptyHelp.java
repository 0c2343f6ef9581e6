package nl.kennisbank.pages;

import java.util.List;
import nl.kennisbank.pages.Links.TermLink;

/**
 * What an empty browse page offers instead.
 *
 * @param others      up to five terms of the same kind that do have practices, most first
 * @param submitUrl   where to send a practice in (site-relative)
 * @param searchQuery the term's label, to search for
 * @param facet       the finder's facet for this kind of term
 */
public record EmptyHelp(List<TermLink> others, String submitUrl, String searchQuery, String facet) {}
