package nl.kennisbank.site.assemble;

import java.util.ArrayList;
import java.util.List;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Term;
import nl.kennisbank.content.Vocabularies;

/**
 * The numbers of the Ambitie 4 overview for one year or for all years, computed once and read by its page, its
 * charts and its downloads, so they cannot disagree: practices added and updated, per pijler, sector and thema.
 *
 * @param year    the year, or 0 for all years (then "added" is every published practice, "updated" every one
 *                updated after it was published)
 * @param groups  per pijler, per sector, per thema, in vocabulary order
 */
record OverviewFigures(int year, List<Document> added, List<Document> updated, List<Group> groups) {

    /** The counts of one grouping, e.g. per pijler. */
    record Group(String name, String vocabulary, String field, String heading, List<Count> counts) {}

    /** One vocabulary term's numbers. */
    record Count(String id, String label, String url, int added, int updated) {}

    static OverviewFigures of(int year, List<Document> added, List<Document> updated, Vocabularies vocabularies) {
        List<Group> groups = new ArrayList<>();
        groups.add(group("pijler", Vocabularies.PIJLERS, "pijlers", "Per pijler", added, updated, vocabularies));
        groups.add(group("sector", Vocabularies.SECTOREN, "sectoren", "Per sector", added, updated, vocabularies));
        groups.add(group("thema", Vocabularies.THEMAS, "themas", "Per thema", added, updated, vocabularies));
        return new OverviewFigures(year, List.copyOf(added), List.copyOf(updated), List.copyOf(groups));
    }

    private static Group group(
            String name,
            String vocabulary,
            String field,
            String heading,
            List<Document> added,
            List<Document> updated,
            Vocabularies vocabularies) {
        java.util.Map<String, Integer> addedPerTerm = count(added, field);
        java.util.Map<String, Integer> updatedPerTerm = count(updated, field);
        List<Count> counts = new ArrayList<>();
        for (Term term : vocabularies.list(vocabulary)) {
            counts.add(new Count(
                    term.id(),
                    term.label(),
                    vocabulary + "/" + term.id() + "/",
                    addedPerTerm.getOrDefault(term.id(), 0),
                    updatedPerTerm.getOrDefault(term.id(), 0)));
        }
        return new Group(name, vocabulary, field, heading, List.copyOf(counts));
    }

    /** Per term id, the documents whose field holds it (each document once per id), in one pass over them. */
    private static java.util.Map<String, Integer> count(List<Document> docs, String field) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Document d : docs) {
            d.strings(field).stream().distinct().forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }

    /** The chart of one grouping: new and updated practices per term. */
    BarChart chart(Group group) {
        String when = year == 0 ? "alle jaren" : String.valueOf(year);
        List<BarChart.Row> rows = group.counts().stream()
                .map(c -> new BarChart.Row(c.label(), List.of(c.added(), c.updated())))
                .toList();
        return new BarChart(
                "grafiek-" + group.name(),
                "Praktijkvoorbeelden " + group.heading().toLowerCase(java.util.Locale.ROOT) + ", " + when,
                List.of(year == 0 ? "Aantal" : "Nieuw", "Bijgewerkt"),
                rows);
    }
}
