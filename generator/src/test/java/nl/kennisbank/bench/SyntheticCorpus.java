package nl.kennisbank.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes N synthetic documents like the anchors' corpus (80 % practices of ~1,150 words, 20 % guide chapters of
 * ~3,200 words, with headings, lists, tables and cross-links) twice: as our content/ and as Hugo content/.
 * Deterministic for a given N (fixed seed).
 *
 * <p>Usage: {@code SyntheticCorpus N ourSiteDir hugoSiteDir}; ourSiteDir gets content/ only (copy data/,
 * templates/, assets/ and jbake.properties next to it).
 */
public final class SyntheticCorpus {

    private static final List<String> SECTOREN = List.of("onderwijs", "jgz", "sociaal-domein", "mbo", "kinderopvang", "bso");
    private static final List<String> THEMAS = List.of("signaleren", "kindpakket", "samenwerking", "ervaringsdeskundigheid", "schulden",
            "meedoen", "gezondheid", "onderwijskansen", "bereik", "werkende-ouders", "jongeren");
    private static final List<String> PIJLERS = List.of("bewust-maken", "activeren", "verduurzamen");
    private static final List<String> GEMEENTEN = List.of("Utrecht", "Almere", "Meppel", "Weert", "Roermond", "Leeuwarden", "Rotterdam", "Groningen");
    private static final int CHAPTERS_PER_GUIDE = 8;

    private final Random random = new Random(20261123L);
    private final DutchText text = new DutchText(random);

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        new SyntheticCorpus().write(n, Path.of(args[1]), Path.of(args[2]));
    }

    void write(int n, Path ours, Path hugo) throws IOException {
        FinderFields finderFields = new FinderFields(ours.resolve("data/gemeenten.yml"));
        int chapters = n / 5;
        int practices = n - chapters;
        for (int i = 0; i < practices; i++) {
            String slug = "voorbeeld-" + i;
            String title = text.title() + " " + i;
            String body = text.body(1150, i, practices);
            String fm = "titel: \"" + title + "\"\nsamenvatting: \"" + text.sentence(18) + "\"\ndatum: " + date(i) + "\nstatus: gepubliceerd\n"
                    + "sectoren: [" + pick(SECTOREN) + "]\nthemas: [" + pick(THEMAS) + ", " + pick(THEMAS) + "]\npijlers: [" + pick(PIJLERS) + "]\n"
                    + "gemeenten: [" + pick(GEMEENTEN) + finderFields.gemeente() + "]\n" + finderFields.more();
            write(ours.resolve("content/praktijkvoorbeelden/" + slug + ".md"), "---\n" + dedupe(fm) + "---\n" + body);
            write(hugo.resolve("content/praktijkvoorbeelden/" + slug + ".md"), "---\ntitle: \"" + title + "\"\ndate: " + date(i) + "\n---\n"
                    + body.replace(".md)", "/)").replace("](voorbeeld-", "](../voorbeeld-"));
        }
        for (int c = 0; c < chapters; c++) {
            String guide = "gids-" + (c / CHAPTERS_PER_GUIDE);
            Path guideDir = ours.resolve("content/handreikingen/" + guide);
            if (c % CHAPTERS_PER_GUIDE == 0) {
                write(guideDir.resolve("index.md"), "---\ntitel: \"Handreiking " + guide + "\"\nsamenvatting: \"" + text.sentence(15)
                        + "\"\nsectoren: [" + SECTOREN.get((c / CHAPTERS_PER_GUIDE) % SECTOREN.size()) + "]\nstatus: gepubliceerd\ndatum: 2026-01-01\n---\n"
                        + text.paragraph(60) + "\n");
            }
            String chapter = String.format("%02d-hoofdstuk-%d", (c % CHAPTERS_PER_GUIDE) + 1, c);
            String title = text.title();
            String body = text.body(3200, -1, practices);
            write(guideDir.resolve(chapter + ".md"), "---\ntitel: \"" + title + "\"\n---\n" + body.replace("](voorbeeld-", "](../../praktijkvoorbeelden/voorbeeld-"));
            write(hugo.resolve("content/handreikingen/" + guide + "/" + chapter + ".md"), "---\ntitle: \"" + title + "\"\ndate: 2026-01-01\n---\n"
                    + body.replace(".md)", "/)").replace("](voorbeeld-", "](../../../praktijkvoorbeelden/voorbeeld-"));
        }
    }

    /**
     * The fields the practice finder filters on beyond the vocabularies — a second municipality from all of the
     * country's for half the practices, doelgroep, looptijd — drawn from their own random source, so every other value
     * of the corpus stays as it was.
     */
    private static final class FinderFields {
        private static final List<String> DOELGROEPEN = List.of("kinderen", "jongeren", "ouders", "gezinnen", "professionals", "scholen");
        private final Random random = new Random(20261202L);
        private final List<String> gemeenten;

        FinderFields(Path gemeentenYml) throws IOException {
            gemeenten = Files.readAllLines(gemeentenYml, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("- naam: "))
                    .map(l -> l.substring("- naam: ".length())).filter(g -> !g.contains("\"") && !GEMEENTEN.contains(g)).toList();
        }

        String gemeente() {
            return random.nextBoolean() ? ", \"" + gemeenten.get(random.nextInt(gemeenten.size())) + "\"" : "";
        }

        String more() {
            String doelgroep = "doelgroep: [" + DOELGROEPEN.get(random.nextInt(DOELGROEPEN.size())) + "]\n";
            int start = 2015 + random.nextInt(10);
            String looptijd = random.nextInt(3) == 0 ? "" : "looptijd:\n  start: \"" + start + "\"\n"
                    + (random.nextBoolean() ? "  eind: \"" + (start + 1 + random.nextInt(3)) + "\"\n" : "  fase: lopend\n");
            return doelgroep + looptijd;
        }
    }

    private static String dedupe(String frontMatter) {
        return frontMatter.replaceAll("themas: \\[([a-z-]+), \\1\\]", "themas: [$1]");
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String date(int i) {
        return LocalDate.of(2024, 1, 1).plusDays(i % 1000L).toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
