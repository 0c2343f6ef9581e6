package nl.kennisbank.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the benchmark corpus: N documents that look like real editors' content (80 % practices of 400–1,500
 * words, 20 % guide chapters of 1,500–4,000 words in guides of 3–8 chapters, with ## and ### headings, lists, tables
 * and links to other documents; text from {@link DutchProse}), valid under our schema (real municipalities from
 * {@code data/gemeenten.yml}, 's-Hertogenbosch and Súdwest-Fryslân included), twice: as our {@code content/} and as
 * a Hugo site's {@code content/} with the same bodies. Deterministic for N, seed and word list.
 *
 * <p>Usage: {@code RealisticCorpus N ourSiteDir hugoSiteDir [wordList]} (word list default
 * {@code /usr/share/dict/dutch}, Debian's wdutch; "-" for none), and {@code RealisticCorpus --count DIR...} prints the
 * distinct word forms of each folder's Markdown (to compare with another generator's).
 */
public final class RealisticCorpus {

    private static final String[] SECTOREN = {"onderwijs", "jgz", "sociaal-domein", "mbo", "kinderopvang", "bso"};
    private static final String[] THEMAS = {
        "signaleren",
        "kindpakket",
        "samenwerking",
        "ervaringsdeskundigheid",
        "schulden",
        "meedoen",
        "gezondheid",
        "onderwijskansen",
        "bereik",
        "werkende-ouders",
        "jongeren"
    };
    /**
     * One source per document, as the schema asks (without it every document gets a BRONNEN_MISSING warning, and a
     * build would print a thousand lines that real content does not cause). The same for all: the text stays as the
     * seed draws it.
     */
    private static final String SOURCE =
            "bronnen:\n  - titel: \"Verslag van de werkgroep\"\n    uitgever: \"Redactie Kennisbank\"\n    datum: 2024\n";

    private static final String[] PIJLERS = {"bewust-maken", "activeren", "verduurzamen"};
    private static final String[] PRACTICE_TITLES = {
        "Schoolreisje voor iedereen",
        "Kindpakket",
        "Samen signaleren",
        "Geldzorgen bespreekbaar",
        "Gezond opgroeien",
        "Meedoen met sport en cultuur",
        "Jarige Job op school",
        "Budgetcoach in de wijk",
        "Ervaringsdeskundigen aan tafel",
        "Schuldhulp voor jonge ouders",
        "Laptop voor elke leerling",
        "Ontbijt op school",
        "Werkende ouders bereiken",
        "Van 18 naar 21"
    };
    private static final String[] GUIDE_TITLES = {
        "Armoedebewust handelen",
        "Signaleren in de JGZ",
        "Samenwerken met scholen",
        "Schulden en jongeren",
        "Kinderopvang en armoede",
        "Bereik van regelingen",
        "Werkende armen"
    };
    private static final String[] PRACTICE_H2 = {
        "Aanleiding",
        "Doelgroep",
        "Aanpak",
        "Samenwerking",
        "Resultaten",
        "Wat werkt",
        "Lessen en tips",
        "Financiering",
        "Ervaringen van ouders",
        "Meer weten"
    };
    private static final String[] CHAPTER_H2 = {
        "Inleiding",
        "Achtergrond",
        "Wettelijk kader",
        "Stap voor stap",
        "Rol van professionals",
        "Signaleren en bespreekbaar maken",
        "Samenwerken in de keten",
        "Monitoring en evaluatie",
        "Veelgestelde vragen",
        "Checklist",
        "Bronnen"
    };
    private static final String[] H3 = {
        "Wat houdt het in?",
        "Voor wie?",
        "Wie doet wat?",
        "Kosten",
        "Tips uit de praktijk",
        "Valkuilen",
        "Randvoorwaarden",
        "Voorbeeld",
        "Aandachtspunten"
    };
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['-]\\p{L}+)*");

    /** One document: where it goes (relative path without .md), its title, and for a chapter its guide. */
    private record Planned(String rel, String title, boolean practice, String place, int guide, int chapter) {}

    private final DutchProse prose;
    private final List<String> municipalities;
    private long bytes;

    private RealisticCorpus(DutchProse prose, List<String> municipalities) {
        this.prose = prose;
        this.municipalities = municipalities;
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--count")) {
            for (int i = 1; i < args.length; i++) {
                System.out.printf("%s: %,d distinct word forms%n", args[i], distinctWords(Path.of(args[i])));
            }
            return;
        }
        int n = Integer.parseInt(args[0]);
        Path ours = Path.of(args[1]);
        String list = args.length > 3 ? args[3] : "/usr/share/dict/dutch";
        List<String> municipalities = municipalities(ours.resolve("data/gemeenten.yml"));
        RealisticCorpus corpus = new RealisticCorpus(
                new DutchProse(n, list.equals("-") ? null : Path.of(list), municipalities), municipalities);
        corpus.write(n, ours, Path.of(args[2]));
        System.out.printf(
                "%,d documents, %.1f MB of Markdown (ours), %,d distinct word forms%n",
                n, corpus.bytes / 1e6, distinctWords(ours.resolve("content")));
    }

    /**
     * A whole knowledge-base source folder for tests: this repository's data/, templates/, assets/ and
     * jbake.properties with {@code n} generated documents in content/ (Debian's word list when installed, else the
     * frequent words only). The Hugo copy goes to {@code folder/hugo}.
     *
     * @return the source folder, {@code folder/ours}
     */
    public static Path site(int n, Path root, Path folder) throws IOException {
        Path ours = folder.resolve("ours");
        for (String part : List.of("data", "templates", "assets", "jbake.properties")) {
            copy(root.resolve(part), ours.resolve(part));
        }
        Path list = Path.of("/usr/share/dict/dutch");
        List<String> municipalities = municipalities(ours.resolve("data/gemeenten.yml"));
        new RealisticCorpus(new DutchProse(n, Files.isReadable(list) ? list : null, municipalities), municipalities)
                .write(n, ours, folder.resolve("hugo"));
        return ours;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }

    /** The municipality names of data/gemeenten.yml, as editors must write them. */
    static List<String> municipalities(Path gemeentenYml) throws IOException {
        List<String> names = new ArrayList<>();
        Matcher m =
                Pattern.compile("(?m)^- naam: (.+)$").matcher(Files.readString(gemeentenYml, StandardCharsets.UTF_8));
        while (m.find()) {
            String name = m.group(1).strip();
            names.add(name.startsWith("\"") ? name.substring(1, name.length() - 1) : name);
        }
        return names;
    }

    /** Distinct lower-cased word forms (letters, with inner apostrophes and hyphens) in the .md files under a folder. */
    static int distinctWords(Path folder) throws IOException {
        Set<String> words = new HashSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                Matcher m = WORD.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return words.size();
    }

    private List<Planned> plan(int n) {
        List<Planned> docs = new ArrayList<>();
        int chapters = Math.round(n * 0.2f);
        for (int i = 0; i < n - chapters; i++) {
            String place = prose.pick(municipalities);
            String title = prose.pick(PRACTICE_TITLES) + " in " + place;
            docs.add(new Planned(
                    String.format("praktijkvoorbeelden/%05d-%s", i, slug(title)), title, true, place, -1, 0));
        }
        for (int made = 0, guide = 0; made < chapters; guide++) {
            int count = Math.min(3 + prose.random().nextInt(6), chapters - made);
            for (int c = 1; c <= count; c++) {
                String title = CHAPTER_H2[(guide + c) % CHAPTER_H2.length];
                docs.add(new Planned(
                        String.format("handreikingen/%04d-%s/%02d-%s", guide, slug(guideTitle(guide)), c, slug(title)),
                        title,
                        false,
                        prose.place(),
                        guide,
                        c));
            }
            made += count;
        }
        return docs;
    }

    private static String guideTitle(int guide) {
        return GUIDE_TITLES[guide % GUIDE_TITLES.length] + " (deel " + (guide / GUIDE_TITLES.length + 1) + ")";
    }

    static String slug(String title) {
        String s = Normalizer.normalize(title.toLowerCase(Locale.ROOT).replace("'", ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private void write(int n, Path ours, Path hugo) throws IOException {
        List<Planned> docs = plan(n);
        LocalDate start = LocalDate.of(2019, 1, 1);
        for (Planned doc : docs) {
            String date = start.plusDays(prose.random().nextInt(2860)).toString();
            String body = body(doc, docs);
            if (!doc.practice() && doc.chapter() == 1) {
                writeGuide(doc, docs, date, ours, hugo);
            }
            String front = doc.practice()
                    ? practiceFrontMatter(doc, date)
                    : "---\ntitel: " + quoted(doc.title()) + "\n" + SOURCE + "---\n\n";
            write(ours.resolve("content/" + doc.rel() + ".md"), front + body.replace("](@", "](" + relativeTo(doc)));
            hugoFile(
                    hugo.resolve("content/" + doc.rel() + ".md"),
                    "---\ntitle: " + quoted(doc.title()) + "\ndate: " + date + "\n---\n\n"
                            + body.replace("](@", "](/").replace(".md)", "/)"));
        }
    }

    private void writeGuide(Planned first, List<Planned> docs, String date, Path ours, Path hugo) throws IOException {
        String folder = first.rel().substring(0, first.rel().lastIndexOf('/'));
        StringBuilder body =
                new StringBuilder(prose.paragraph(60 + prose.random().nextInt(80))).append("\n\n## Hoofdstukken\n\n");
        for (Planned c : docs) {
            if (c.guide() == first.guide()) {
                body.append(c.chapter())
                        .append(". [")
                        .append(c.title())
                        .append("](")
                        .append(c.rel().substring(folder.length() + 1))
                        .append(".md)\n");
            }
        }
        String title = guideTitle(first.guide());
        String summary = "Praktische handreiking voor professionals over " + title.toLowerCase(Locale.ROOT) + ".";
        write(
                ours.resolve("content/" + folder + "/index.md"),
                "---\ntitel: " + quoted(title) + "\nsamenvatting: " + quoted(summary) + "\ndatum: " + date
                        + "\nstatus: gepubliceerd\nsectoren: [" + prose.pick(SECTOREN) + "]\n" + SOURCE + "---\n\n"
                        + body);
        hugoFile(
                hugo.resolve("content/" + folder + "/_index.md"),
                "---\ntitle: " + quoted(title) + "\ndate: " + date + "\n---\n\n"
                        + body.toString().replaceAll("\\]\\(([^)]+)\\.md\\)", "](/" + folder + "/$1/)"));
    }

    private String practiceFrontMatter(Planned doc, String date) {
        List<String> places = new ArrayList<>(List.of(doc.place()));
        if (prose.random().nextDouble() < 0.15) {
            String other = prose.pick(municipalities);
            if (!places.contains(other)) {
                places.add(other);
            }
        }
        return "---\ntitel: " + quoted(doc.title()) + "\nsamenvatting: " + quoted(prose.sentence()) + "\ndatum: " + date
                + "\nstatus: gepubliceerd\nsectoren: [" + String.join(", ", some(SECTOREN, 2)) + "]\nthemas: ["
                + String.join(", ", some(THEMAS, 3)) + "]\npijlers: [" + String.join(", ", some(PIJLERS, 2))
                + "]\ngemeenten: ["
                + String.join(", ", places.stream().map(RealisticCorpus::quoted).toList()) + "]\n" + SOURCE + "---\n\n";
    }

    private List<String> some(String[] values, int max) {
        List<String> chosen = new ArrayList<>();
        for (int k = 1 + prose.random().nextInt(max); chosen.size() < k; ) {
            String v = prose.pick(values);
            if (!chosen.contains(v)) {
                chosen.add(v);
            }
        }
        return chosen;
    }

    /** The body, links written as {@code (@rel.md)} to be made relative (ours) or absolute (Hugo's). */
    private String body(Planned doc, List<Planned> docs) {
        java.util.Random r = prose.random();
        int target = doc.practice() ? 400 + r.nextInt(1101) : 1500 + r.nextInt(2501);
        String[] heads = doc.practice() ? PRACTICE_H2 : CHAPTER_H2;
        int sections = Math.max(3, target / 220);
        boolean tableDone = r.nextDouble() >= (doc.practice() ? 0.25 : 0.6);
        StringBuilder out = new StringBuilder();
        int perSection = target / sections;
        for (int s = 0; s < sections; s++) {
            out.append("## ")
                    .append(heads[(s + doc.rel().length()) % heads.length])
                    .append("\n\n");
            for (int budget = perSection; budget > 0; ) {
                double x = r.nextDouble();
                if (x < 0.12) {
                    out.append("### ").append(prose.pick(H3)).append("\n\n");
                    budget -= 3;
                } else if (x < 0.27) {
                    for (int i = 3 + r.nextInt(4); i > 0; i--) {
                        String item = prose.sentence();
                        out.append("- ").append(item).append('\n');
                        budget -= item.split(" ").length;
                    }
                    out.append('\n');
                } else if (!tableDone && x < 0.32) {
                    tableDone = true;
                    out.append("| Regeling | Doelgroep | Bedrag per jaar |\n|---|---|---|\n");
                    for (int i = 3 + r.nextInt(4); i > 0; i--) {
                        out.append("| ")
                                .append(prose.compoundForTable())
                                .append(" | ")
                                .append(prose.nounForTable())
                                .append(" | € ")
                                .append(25 + r.nextInt(876))
                                .append(" |\n");
                    }
                    out.append('\n');
                    budget -= 15;
                } else {
                    String p = prose.paragraph(40 + r.nextInt(81));
                    out.append(p).append("\n\n");
                    budget -= p.split(" ").length;
                }
            }
        }
        out.append("## Zie ook\n\n");
        for (int i = 2 + r.nextInt(4); i > 0; i--) {
            Planned other = docs.get(r.nextInt(docs.size()));
            if (other != doc) {
                out.append("- [")
                        .append(other.title())
                        .append("](@")
                        .append(other.rel())
                        .append(".md)\n");
            }
        }
        return out.toString();
    }

    /** From a document's folder back to content/. */
    private static String relativeTo(Planned doc) {
        return "../".repeat((int) doc.rel().chars().filter(c -> c == '/').count());
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void hugoFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, data);
        bytes += data.length;
    }
}
