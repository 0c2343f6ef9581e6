package nl.kennisbank.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged Dutch query set in {@code src/test/resources/zoeken/beoordeelde-zoekvragen.tsv}: per query its
 * category and graded judgements (3 best answer, 2 highly relevant, 1 somewhat relevant; unlisted pages are 0).
 */
record JudgedQueries(List<JudgedQueries.Query> queries) {

    static final Path FILE = Path.of(
            System.getProperty("kennisbank.judgedQueries", "src/test/resources/zoeken/beoordeelde-zoekvragen.tsv"));

    /** One judged query: what the user types, its category and page path → grade. */
    record Query(String text, String category, Map<String, Integer> grades, int line) {}

    static JudgedQueries load() throws IOException {
        List<Query> queries = new ArrayList<>();
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new IllegalArgumentException(
                        FILE + ":" + (i + 1) + ": expected query<TAB>category<TAB>judgements");
            }
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (String judgement : cells[2].trim().split("\\s+")) {
                int eq = judgement.lastIndexOf('=');
                grades.put(judgement.substring(0, eq), Integer.parseInt(judgement.substring(eq + 1)));
            }
            queries.add(new Query(cells[0], cells[1], grades, i + 1));
        }
        return new JudgedQueries(List.copyOf(queries));
    }
}
