package nl.kennisbank.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Term;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.jbake.PageSpec;

/**
 * "Overzicht goede voorbeelden" per year (the cabinet's Ambitie 4: a periodic overview of good examples): what
 * was added and updated, with counts per pijler, sector and thema.
 */
final class OverviewPages {

    private final Vocabularies vocabularies;
    private final SiteIndex index;
    private final PageFactory factory;
    private final Cards cards;

    OverviewPages(Vocabularies vocabularies, SiteIndex index, PageFactory factory, Cards cards) {
        this.vocabularies = vocabularies;
        this.index = index;
        this.factory = factory;
        this.cards = cards;
    }

    List<PageSpec> all() {
        List<PageSpec> pages = new ArrayList<>();
        List<Map<String, Object>> years = new ArrayList<>();
        for (var entry : index.addedPerYear().entrySet()) {
            int year = entry.getKey();
            List<Document> added = entry.getValue();
            List<Document> updated = index.updatedIn(year);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("year", year);
            summary.put("url", "overzicht/" + year + "/");
            summary.put("count", added.size() + updated.size());
            summary.put("added", added.size());
            summary.put("updated", updated.size());
            years.add(summary);
            String title = "Overzicht goede voorbeelden " + year;
            pages.add(factory.page("overzicht", "overzicht/" + year + "/", title,
                            "Welke praktijkvoorbeelden in " + year + " zijn toegevoegd of bijgewerkt.")
                    .crumb("Overzicht goede voorbeelden", "overzicht/")
                    .put("year", year).put("added", cards.cards(added)).put("updated", cards.cards(updated))
                    .put("perPijler", counts(Vocabularies.PIJLERS, "pijlers", added))
                    .put("perSector", counts(Vocabularies.SECTOREN, "sectoren", added))
                    .put("perThema", counts(Vocabularies.THEMAS, "themas", added)).build());
        }
        pages.add(factory.page("overzicht-index", "overzicht/", "Overzicht goede voorbeelden",
                "Per jaar een overzicht van de goede voorbeelden die erbij kwamen.").put("years", years).build());
        return pages;
    }

    private List<Map<String, Object>> counts(String vocabulary, String field, List<Document> docs) {
        List<Map<String, Object>> counts = new ArrayList<>();
        for (Term term : vocabularies.list(vocabulary)) {
            long count = docs.stream().filter(d -> d.strings(field).contains(term.id())).count();
            counts.add(Map.of("label", term.label(), "url", vocabulary + "/" + term.id() + "/", "count", count));
        }
        return counts;
    }
}
