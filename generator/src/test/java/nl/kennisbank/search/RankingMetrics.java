package nl.kennisbank.search;

import java.util.List;
import java.util.Map;

/** Graded ranking metrics over one result list: nDCG@k with gain 2^grade − 1, and recall@k of pages graded ≥ 1. */
final class RankingMetrics {

    private RankingMetrics() {}

    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(g -> g >= 1).count();
        long found = ranked.stream()
                .limit(k)
                .filter(p -> grades.getOrDefault(p, 0) >= 1)
                .count();
        return relevant == 0 ? 0 : (double) found / relevant;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
