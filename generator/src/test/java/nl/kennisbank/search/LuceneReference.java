package nl.kennisbank.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The reference ranking, computed by Lucene's own {@link IndexSearcher} on the index the static files were written
 * from. Per query word: a {@link DisjunctionMaxQuery} over its variants, each a {@link BoostQuery} (variant weight) of
 * the boosted term queries {@code title^8 headings^3 summary^2 tags^2 body} of its terms. Documents matching more
 * words rank first, then those matching more words as typed (the word itself, or a form of it with the same term), then by the summed score —
 * the ranking the browser promises, without quantisation.
 */
final class LuceneReference {

    /** A document's reference: words matched, of those as typed, and score in impact units (Lucene score × scale). */
    record Scored(int doc, int matched, int whole, double score) {}

    private final IndexSearcher searcher;
    private final double scale;

    LuceneReference(IndexSearcher searcher, double scale) {
        this.searcher = searcher;
        this.scale = scale;
    }

    /** Ordinal → reference, for every document matching at least one word. */
    Map<Integer, Scored> score(List<List<BrowserSearch.Variant>> words) throws IOException {
        Map<Integer, Scored> out = new HashMap<>();
        int max = searcher.getIndexReader().maxDoc();
        for (List<BrowserSearch.Variant> variants : words) {
            if (variants.isEmpty()) {
                continue;
            }
            java.util.Set<Integer> whole = new java.util.HashSet<>();
            List<BrowserSearch.Variant> typed = variants.stream()
                    .filter(v -> v.kind().equals("exact") || v.kind().equals("vorm"))
                    .toList();
            if (!typed.isEmpty()) {
                for (ScoreDoc sd : searcher.search(wordQuery(typed), Math.max(1, max)).scoreDocs) {
                    whole.add(ordinal(sd.doc));
                }
            }
            TopDocs top = searcher.search(wordQuery(variants), Math.max(1, max));
            for (ScoreDoc sd : top.scoreDocs) {
                int ordinal = ordinal(sd.doc);
                Scored s = out.getOrDefault(ordinal, new Scored(ordinal, 0, 0, 0));
                out.put(
                        ordinal,
                        new Scored(
                                ordinal,
                                s.matched() + 1,
                                s.whole() + (whole.contains(ordinal) ? 1 : 0),
                                s.score() + sd.score * scale));
            }
        }
        return out;
    }

    /** The reference order: more words matched first, then more matched as typed, then higher score, then ordinal. */
    static List<Scored> ranked(Map<Integer, Scored> scores) {
        List<Scored> list = new ArrayList<>(scores.values());
        list.sort(Comparator.comparingInt(Scored::matched)
                .reversed()
                .thenComparing(Comparator.comparingInt(Scored::whole).reversed())
                .thenComparing(Comparator.comparingDouble(Scored::score).reversed())
                .thenComparingInt(Scored::doc));
        return list;
    }

    private static Query wordQuery(List<BrowserSearch.Variant> variants) {
        List<Query> alternatives = new ArrayList<>();
        for (BrowserSearch.Variant v : variants) {
            BooleanQuery.Builder terms = new BooleanQuery.Builder();
            for (String term : v.terms()) {
                for (var field : Fields.WEIGHTS.entrySet()) {
                    terms.add(
                            new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()),
                            BooleanClause.Occur.SHOULD);
                }
            }
            alternatives.add(new BoostQuery(terms.build(), (float) v.weight()));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    private int ordinal(int luceneDoc) throws IOException {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            if (luceneDoc < leaf.docBase + leaf.reader().maxDoc()) {
                return Ordinals.of(leaf)[luceneDoc - leaf.docBase];
            }
        }
        throw new IllegalArgumentException("no document " + luceneDoc);
    }
}
