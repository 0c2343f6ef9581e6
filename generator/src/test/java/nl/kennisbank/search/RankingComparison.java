package nl.kennisbank.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the browser's top results with Lucene's reference ranking. Impacts are quantised to whole numbers, so two
 * documents may swap only when their reference scores are closer than the quantisation error of the query (at most
 * one impact unit per term and word, times the variant weight). Words matched, in all and as typed, must agree exactly.
 */
final class RankingComparison {

    private RankingComparison() {}

    static List<String> compare(
            String query, BrowserSearch.Answer answer, Map<Integer, LuceneReference.Scored> reference) {
        List<String> out = new ArrayList<>();
        double tolerance = 0;
        for (List<BrowserSearch.Variant> variants : answer.words()) {
            tolerance += variants.stream()
                    .mapToDouble(v -> v.terms().size() * v.weight())
                    .max()
                    .orElse(0);
        }
        tolerance *= 2; // both documents of a pair may be off by the full error, in opposite directions
        if (answer.total() != reference.size()) {
            out.add(String.format(
                    Locale.ROOT,
                    "%s: %d results in the browser, %d in Lucene",
                    query,
                    answer.total(),
                    reference.size()));
        }
        List<BrowserSearch.Hit> hits = answer.hits();
        for (BrowserSearch.Hit hit : hits) {
            LuceneReference.Scored ref = reference.get(hit.doc());
            if (ref == null || ref.matched() != hit.matched() || ref.whole() != hit.whole()) {
                out.add(query + ": " + hit.path() + " matches " + hit.matched() + "/" + hit.whole()
                        + " words (all/as typed) in the browser, "
                        + (ref == null ? "none" : ref.matched() + "/" + ref.whole()) + " in Lucene");
            }
        }
        List<LuceneReference.Scored> ranked = LuceneReference.ranked(reference);
        for (int i = 0; i < hits.size(); i++) {
            LuceneReference.Scored a = reference.get(hits.get(i).doc());
            for (int j = i + 1; j < hits.size(); j++) {
                LuceneReference.Scored b = reference.get(hits.get(j).doc());
                if (a != null && b != null && outranks(b, a, tolerance)) {
                    out.add(String.format(
                            Locale.ROOT,
                            "%s: browser puts %s (%.1f) above %s (%.1f)",
                            query,
                            hits.get(i).path(),
                            a.score(),
                            hits.get(j).path(),
                            b.score()));
                }
            }
        }
        if (!hits.isEmpty()) {
            LuceneReference.Scored last =
                    reference.get(hits.get(hits.size() - 1).doc());
            for (LuceneReference.Scored r : ranked.subList(0, Math.min(hits.size(), ranked.size()))) {
                boolean shown = hits.stream().anyMatch(h -> h.doc() == r.doc());
                if (!shown && last != null && outranks(r, last, tolerance)) {
                    out.add(String.format(
                            Locale.ROOT,
                            "%s: Lucene's top %d has document %d (%.1f), the browser's does not",
                            query,
                            hits.size(),
                            r.doc(),
                            r.score()));
                }
            }
        }
        return out;
    }

    private static boolean outranks(LuceneReference.Scored a, LuceneReference.Scored b, double tolerance) {
        if (a.matched() != b.matched()) {
            return a.matched() > b.matched();
        }
        if (a.whole() != b.whole()) {
            return a.whole() > b.whole();
        }
        return a.score() > b.score() + tolerance;
    }
}
