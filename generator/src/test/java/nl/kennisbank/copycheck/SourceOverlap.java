package nl.kennisbank.copycheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds where the content repeats its source documents: runs of {@value #RUN} or more words in the same order,
 * and sentences of which {@value #SHARE_PERCENT} % or more of the words come from one source sentence.
 * Front matter, marked quotations ({@code >} blocks, {@code <blockquote>}, {@code <q>}), code blocks, link
 * targets and the titles named in the page's own front matter are left out: they may repeat a source.
 *
 * <p>JDK only, so it also runs as a script from the project root:
 * {@code java generator/src/test/java/nl/kennisbank/copycheck/SourceOverlap.java [project] [sources]}.
 */
public final class SourceOverlap {

    static final int RUN = 8;
    static final int SHARE_PERCENT = 80;
    static final int SENTENCE_MIN_WORDS = 6;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[.!?](?=\\s|$)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\s*[\\n\\u2022]\\s*");
    private static final Pattern TITLE = Pattern.compile("^(?:\\s+|\\s*-\\s+)titel:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern INLINE_QUOTE = Pattern.compile("<q\\b[^>]*>.*?</q>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern BLOCK_START = Pattern.compile("#|\\||[-*+]\\s|\\d+\\.\\s");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** One place where the content repeats a source. */
    public record Hit(String file, int line, String kind, String text, String source, String sourceText) {
        public String format() {
            return file + ":" + line + ": " + kind + " met " + source + ": \"" + text + "\""
                    + (sourceText.isEmpty() ? "" : " ~ \"" + sourceText + "\"");
        }
    }

    private record Word(String text, int line) {}

    private record SourceText(
            String name, List<String> words, List<String> sentences, List<Set<String>> sentenceWords) {}

    private final List<SourceText> sources;
    private final Map<String, String> gramToSource = new HashMap<>();

    private SourceOverlap(List<SourceText> sources) {
        this.sources = sources;
        for (SourceText source : sources) {
            for (int i = 0; i + RUN <= source.words().size(); i++) {
                gramToSource.putIfAbsent(String.join(" ", source.words().subList(i, i + RUN)), source.name());
            }
        }
    }

    /** Reads every text file in the sources folder. */
    public static SourceOverlap of(Path sourcesFolder) throws IOException {
        List<SourceText> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(sourcesFolder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                List<String> sentences = SENTENCE_END
                        .splitAsStream(text)
                        .filter(s -> !s.isBlank())
                        .toList();
                List<Set<String>> sentenceWords = sentences.stream()
                        .<Set<String>>map(t -> new HashSet<>(words(t)))
                        .toList();
                sources.add(new SourceText(file.getFileName().toString(), words(text), sentences, sentenceWords));
            }
        }
        return new SourceOverlap(sources);
    }

    /**
     * The sources folder for a project: {@code -Dkennisbank.sources}, {@code KENNISBANK_SOURCES}, or the first
     * {@code shared/sources} found in the project folder or one of its parents (a clone with shared/ beside it).
     */
    public static Optional<Path> findSources(Path project) {
        String configured = Optional.ofNullable(System.getProperty("kennisbank.sources"))
                .orElse(System.getenv("KENNISBANK_SOURCES"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path dir = project.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("sources");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Every hit in every Markdown file under {@code content/}, in file order. */
    public List<Hit> check(Path project) throws IOException {
        List<Hit> hits = new ArrayList<>();
        Path content = project.resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String name = project.relativize(file).toString().replace('\\', '/');
                hits.addAll(check(name, Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
        }
        return hits;
    }

    List<Hit> check(String name, List<String> lines) {
        Set<String> titles = new LinkedHashSet<>();
        List<List<Word>> segments = body(lines, titles);
        segments = withoutTitles(segments, titles);
        List<Hit> hits = new ArrayList<>(runs(name, segments));
        hits.addAll(sentences(name, segments));
        return hits;
    }

    /** The body as segments of words; a quotation, code block or front matter ends a segment. */
    private static List<List<Word>> body(List<String> lines, Set<String> titles) {
        List<List<Word>> segments = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        int start = 0;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (start = 1; start < lines.size() && !lines.get(start).strip().equals("---"); start++) {
                Matcher title = TITLE.matcher(lines.get(start));
                if (title.matches()) {
                    titles.add(title.group(1));
                }
            }
            start++;
        }
        boolean code = false;
        boolean quote = false;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            boolean skip = code
                    || quote
                    || trimmed.startsWith("```")
                    || trimmed.startsWith(">")
                    || trimmed.toLowerCase(Locale.ROOT).contains("<blockquote");
            if (trimmed.startsWith("```")) {
                code = !code;
            }
            if (trimmed.toLowerCase(Locale.ROOT).contains("<blockquote")) {
                quote = true;
            }
            if (trimmed.toLowerCase(Locale.ROOT).contains("</blockquote>")) {
                quote = false;
            }
            if (skip) {
                if (!current.isEmpty()) {
                    segments.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            boolean unit = trimmed.isEmpty() || BLOCK_START.matcher(trimmed).lookingAt();
            if (unit) {
                current.add(new Word("\n", i + 1));
            }
            String[] parts = INLINE_QUOTE.split(line, -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0 && !current.isEmpty()) {
                    segments.add(current);
                    current = new ArrayList<>();
                }
                String clean = TAG.matcher(LINK_TARGET.matcher(parts[p]).replaceAll("]"))
                        .replaceAll(" ");
                for (String w : tokens(clean)) {
                    current.add(new Word(w, i + 1));
                }
            }
            if (unit) {
                current.add(new Word("\n", i + 1));
            }
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        return segments;
    }

    /** Splits segments where a source title named in the front matter occurs, dropping the title's words. */
    private static List<List<Word>> withoutTitles(List<List<Word>> segments, Set<String> titles) {
        List<List<String>> titleWords = titles.stream()
                .map(SourceOverlap::words)
                .filter(t -> t.size() >= 3)
                .toList();
        List<List<Word>> out = new ArrayList<>();
        for (List<Word> segment : segments) {
            List<Word> current = new ArrayList<>();
            for (int i = 0; i < segment.size(); i++) {
                int skip = titleAt(segment, i, titleWords);
                if (skip > 0) {
                    out.add(current);
                    current = new ArrayList<>();
                    i += skip - 1;
                } else {
                    current.add(segment.get(i));
                }
            }
            out.add(current);
        }
        return out;
    }

    private static int titleAt(List<Word> segment, int at, List<List<String>> titles) {
        for (List<String> title : titles) {
            if (at + title.size() <= segment.size()
                    && title.equals(segment.subList(at, at + title.size()).stream()
                            .map(Word::text)
                            .toList())) {
                return title.size();
            }
        }
        return 0;
    }

    private List<Hit> runs(String name, List<List<Word>> segments) {
        List<Hit> hits = new ArrayList<>();
        for (List<Word> segment : segments) {
            List<Word> words = segment.stream()
                    .filter(w -> !w.text().equals("\n") && !w.text().equals("."))
                    .toList();
            boolean[] shared = new boolean[words.size()];
            Map<Integer, String> sourceAt = new HashMap<>();
            for (int i = 0; i + RUN <= words.size(); i++) {
                String source = gramToSource.get(String.join(
                        " ", words.subList(i, i + RUN).stream().map(Word::text).toList()));
                if (source != null) {
                    sourceAt.put(i, source);
                    for (int j = i; j < i + RUN; j++) {
                        shared[j] = true;
                    }
                }
            }
            for (int i = 0; i < words.size(); i++) {
                if (shared[i] && (i == 0 || !shared[i - 1])) {
                    int end = i;
                    while (end < words.size() && shared[end]) {
                        end++;
                    }
                    List<String> run =
                            words.subList(i, end).stream().map(Word::text).toList();
                    hits.add(new Hit(
                            name,
                            words.get(i).line(),
                            run.size() + " woorden achter elkaar gelijk",
                            String.join(" ", run),
                            sourceAt.getOrDefault(i, "een bron"),
                            ""));
                }
            }
        }
        return hits;
    }

    private List<Hit> sentences(String name, List<List<Word>> segments) {
        List<Hit> hits = new ArrayList<>();
        for (List<Word> segment : segments) {
            for (List<Word> sentence : sentencesOf(segment)) {
                Set<String> mine =
                        new HashSet<>(sentence.stream().map(Word::text).toList());
                if (mine.size() < SENTENCE_MIN_WORDS) {
                    continue;
                }
                for (SourceText source : sources) {
                    for (int t = 0; t < source.sentences().size(); t++) {
                        String theirs = source.sentences().get(t);
                        long shared = mine.stream()
                                .filter(source.sentenceWords().get(t)::contains)
                                .count();
                        int percent = (int) (100 * shared / mine.size());
                        if (percent >= SHARE_PERCENT) {
                            hits.add(new Hit(
                                    name,
                                    sentence.get(0).line(),
                                    "zin deelt " + percent + " % van zijn woorden",
                                    String.join(
                                            " ",
                                            sentence.stream().map(Word::text).toList()),
                                    source.name(),
                                    theirs.strip()));
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** Sentences end at . ! ? and at a blank line, heading or table row (kept as "\n" markers in the words). */
    private static List<List<Word>> sentencesOf(List<Word> segment) {
        List<List<Word>> out = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word word : segment) {
            if (word.text().equals("\n") || word.text().equals(".")) {
                if (!current.isEmpty()) {
                    out.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(word);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** Lower-case words without accents, each sentence end (. ! ? before a space) as the word ".". */
    static List<String> tokens(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(folded);
        while (m.find()) {
            out.add(WORD.matcher(m.group()).matches() ? m.group() : ".");
        }
        return out;
    }

    /** The words of a text, without sentence ends. */
    static List<String> words(String text) {
        return tokens(text).stream().filter(w -> !w.equals(".")).toList();
    }

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Optional<Path> sources = args.length > 1 ? Optional.of(Path.of(args[1])) : findSources(project);
        if (sources.isEmpty()) {
            System.out.println(
                    "Geen map shared/sources gevonden naast " + project + "; geef haar op als tweede argument.");
            return;
        }
        List<Hit> hits = of(sources.get()).check(project);
        hits.forEach(h -> System.out.println(h.format()));
        long runs =
                hits.stream().filter(h -> h.kind().contains("achter elkaar")).count();
        long files = hits.stream()
                .filter(h -> h.kind().contains("achter elkaar"))
                .map(Hit::file)
                .distinct()
                .count();
        System.out.println(runs + " reeksen van " + RUN + "+ woorden gelijk aan een bron, in " + files + " bestanden; "
                + (hits.size() - runs) + " zinnen met " + SHARE_PERCENT + " % of meer woorden uit één bronzin.");
    }
}
