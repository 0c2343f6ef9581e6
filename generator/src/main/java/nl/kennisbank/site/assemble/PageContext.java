package nl.kennisbank.site.assemble;

import nl.kennisbank.content.Vocabularies;

/**
 * What every listing page builder (browse pages, finder, overview, map) works from: the vocabularies, the site index
 * of published documents, the page factory and the cards. One value, so each builder takes it whole.
 */
public record PageContext(Vocabularies vocabularies, SiteIndex index, PageFactory factory, Cards cards) {}
