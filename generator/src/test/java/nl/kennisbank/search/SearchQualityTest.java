package nl.kennisbank.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisbank.browser.BrowserSite;
import nl.kennisbank.site.ExampleSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Search quality on the judged Dutch query set, measured on what the real browser module returns from the real
 * static index; and the browser's ranking checked against Lucene's IndexSearcher on the same index.
 * The report goes to {@code target/zoekkwaliteit.txt}.
 */
class SearchQualityTest {

    /**
     * Quality bar: the measured figures at the time of writing, rounded down; a drop fails the build. Set to 0.86 and
     * 0.89 when the set grew from 71 to 94 queries (forms the site does not have, vocabulary words, suggestions) and
     * the theme, sector and pillar pages became results: they now top acronym and topic queries (BSO → the sector
     * page) above the guide graded 3 (was 0.88 and 0.90 on the 71).
     */
    private static final double MIN_MEAN_NDCG = 0.86;

    private static final double MIN_MEAN_RECALL = 0.89;

    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite(ExampleSite::build);

    private static BrowserSearch search;
    private static JudgedQueries judged;

    @BeforeAll
    static void start() throws IOException {
        judged = JudgedQueries.load();
        search = new BrowserSearch(SITE.driver(), SITE.url("zoeken/"));
    }

    @Test
    void theJudgedQuerySetMeetsTheQualityBarWithNoEmptyResults() throws IOException {
        StringBuilder report = new StringBuilder("query\tcategory\tnDCG@10\trecall@10\tresults\n");
        Map<String, double[]> perCategory = new TreeMap<>();
        List<String> empty = new ArrayList<>();
        double ndcgSum = 0;
        double recallSum = 0;
        for (JudgedQueries.Query q : judged.queries()) {
            BrowserSearch.Answer answer = search.search(q.text(), 10);
            double ndcg = RankingMetrics.ndcg(answer.paths(), q.grades(), 10);
            double recall = RankingMetrics.recall(answer.paths(), q.grades(), 10);
            ndcgSum += ndcg;
            recallSum += recall;
            if (answer.total() == 0) {
                empty.add(q.text());
            }
            double[] c = perCategory.computeIfAbsent(q.category(), k -> new double[3]);
            c[0] += ndcg;
            c[1] += recall;
            c[2]++;
            report.append(String.format(
                    Locale.ROOT, "%s\t%s\t%.3f\t%.3f\t%d%n", q.text(), q.category(), ndcg, recall, answer.total()));
        }
        int n = judged.queries().size();
        double meanNdcg = ndcgSum / n;
        double meanRecall = recallSum / n;
        report.append(String.format(
                Locale.ROOT,
                "%nqueries %d  mean nDCG@10 %.3f  mean recall@10 %.3f  zero-result rate %.3f%n",
                n,
                meanNdcg,
                meanRecall,
                (double) empty.size() / n));
        perCategory.forEach((category, c) -> report.append(String.format(
                Locale.ROOT,
                "  %-13s %2d queries  nDCG@10 %.3f  recall@10 %.3f%n",
                category,
                (int) c[2],
                c[0] / c[2],
                c[1] / c[2])));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/zoekkwaliteit.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report.substring(report.indexOf("\nqueries")));
        assertTrue(n >= 50, "the judged set has at least 50 queries");
        assertTrue(empty.isEmpty(), "queries without results: " + empty);
        assertTrue(
                meanNdcg >= MIN_MEAN_NDCG,
                String.format(
                        Locale.ROOT,
                        "mean nDCG@10 %.3f < %.2f; see target/zoekkwaliteit.txt",
                        meanNdcg,
                        MIN_MEAN_NDCG));
        assertTrue(
                meanRecall >= MIN_MEAN_RECALL,
                String.format(Locale.ROOT, "mean recall@10 %.3f < %.2f", meanRecall, MIN_MEAN_RECALL));
    }

    @Test
    void theBrowserRanksEveryJudgedQueryAsLuceneDoes() throws IOException {
        Path site = ExampleSite.build();
        String meta = Files.readString(site.resolve("zoeken/index/meta.json"));
        Matcher m = Pattern.compile("\"schaal\":(\\d+)").matcher(meta);
        assertTrue(m.find(), meta);
        double scale = Integer.parseInt(m.group(1)) / 1000.0;
        List<String> differences = new ArrayList<>();
        try (BuiltIndex index = new SearchIndexer(SearchSettings.load(ExampleSite.root()))
                .open(ExampleSite.searchDocuments(), ExampleSite.searchVocabulary())) {
            LuceneReference reference = new LuceneReference(index.searcher(), scale);
            for (JudgedQueries.Query q : judged.queries()) {
                BrowserSearch.Answer answer = search.search(q.text(), 10);
                differences.addAll(RankingComparison.compare(q.text(), answer, reference.score(answer.words())));
            }
        }
        assertTrue(differences.isEmpty(), "browser and Lucene rank differently:\n" + String.join("\n", differences));
    }
}
