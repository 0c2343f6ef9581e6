package nl.kennisbank.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Makes the files of the static index the browser reads, for {@code zoeken/index/} (in memory: the publish stage
 * writes them into the folder their hash names):
 * <ul>
 * <li>{@code lex/<xy>.json} — lexicon shard by the first two letters: word → term ids, and per term its text,
 *     document frequency, postings shard, highest impact (so the browser knows when a completion cannot change the
 *     first page and leaves its postings unfetched) and, when several words stand for it, the one most documents
 *     use; {@code meta.json} says which shards exist ({@link #shardBits});</li>
 * <li>{@code post/<n>.json} — the {@value PostingFiles#HEAD} highest impacts per term (enough for the first page of a
 *     one-word query); {@code staart/<n>.json} — the rest, fetched for multi-word queries and filters; terms with a
 *     tail have shards of their own ({@link PostingFiles#shard});</li>
 * <li>{@code doc/<ordinal>.json} — per document its URL, title, type and passages for snippets;</li>
 * <li>{@code facetten.json} — per facet value its documents, for exact filter counts and for browsing without a word:
 *     a bitset from its first to its last non-zero byte, or for a rare value its delta-coded ordinals
 *     ({@link #encodeBits});</li>
 * <li>{@code stam.json} — what the browser's stemmer needs for a word the site does not have (fetched only then);</li>
 * <li>{@code volgorde/nieuw.json}, {@code volgorde/titel.json} — every document ordinal, newest first or by title, as
 *     little-endian unsigned integers of {@code w} bytes in base64, so a list can be sorted without its documents.</li>
 * </ul>
 * Impacts are quantised to 1–255 on one scale for the whole site. Output is deterministic.
 */
final class StaticIndexWriter {

    static final String VERSION = "1";
    /** Stop words, protected words, fixed stems and verb forms, for words the lexicon does not have (DutchAnalysis#stemData). */
    static final String STEM_DATA = "stam.json";
    /**
     * A lexicon shard larger than this (bytes of JSON) is split by the next letter. A one-word query fetches one leaf:
     * at 1,000 realistic documents 4,000 bytes halved the largest leaf a common word needs against 8,000, for twice the
     * number of leaves (5,700).
     */
    static final int LEXICON_SHARD_BYTES = 4000;
    /** The most bytes of a split shard's most frequent words ({@code lex/ge-f.json}), fetched only to correct a typo. */
    static final int FREQUENT_BYTES = 8000;
    /** The deepest split of the lexicon: a shard this long is never split further. */
    static final int MAX_SHARD_DEPTH = 8;
    /** The name ending of a split shard's most frequent words ({@code lex/ge-f.json}), for typo corrections. */
    static final String FREQUENT = "-f";
    /** Completions of a prefix the browser shows at most (zoekmachine.js MAX_COMPLETIONS). */
    static final int COMPLETIONS = 5;

    private final IndexFiles files = new IndexFiles();

    /**
     * The index's files: path under {@code zoeken/index/} → bytes, sorted by path. They are written into the site by
     * whoever names the folder they go in (the id is a hash of all of them), so no file is written twice or read back.
     */
    SortedMap<String, byte[]> write(
            List<SearchDocument> docs,
            ConcurrentWriters.Writer<ImpactTable> impactsOf,
            Function<ImpactTable, Lexicon> lexiconOf,
            Map<String, Object> stemData)
            throws IOException {
        // independent writers of separate files on all cores: the bytes do not depend on the order. The impacts come
        // first; the body field's, the largest, keeps one core busy for a while (ImpactTable works field by field), and
        // the files that need no impacts fill the other core meanwhile (issue 13).
        try (ConcurrentWriters writers = new ConcurrentWriters()) {
            Future<ImpactTable> impactsDone = writers.submit(impactsOf);
            DocumentFiles documentFiles = new DocumentFiles(files);
            PostingFiles postingFiles = new PostingFiles(files);
            writers.submit(() -> documentFiles.writeDocs(docs));
            writers.submit(() -> documentFiles.writeFacets(docs));
            writers.submit(() -> documentFiles.writeOrders(docs));
            writers.submit(() -> files.write(STEM_DATA, stemData));
            Future<Lexicon> lexiconDone = writers.submit(() -> lexiconOf.apply(ConcurrentWriters.result(impactsDone)));
            ImpactTable impacts = ConcurrentWriters.result(impactsDone);
            // ids in term order; looked up by term only, so a hash map
            Map<String, Integer> termIds = new HashMap<>();
            for (String term : impacts.scores().keySet()) {
                termIds.put(term, termIds.size());
            }
            int shards = PostingFiles.shards(docs.size());
            float scale = 255f / Math.max(impacts.max(), 1e-6f);
            writers.submit(() -> postingFiles.write(impacts, termIds, shards, scale));
            Lexicon lexicon = ConcurrentWriters.result(lexiconDone);
            Future<List<String>> lexShards =
                    writers.submit(() -> writeLexicon(lexicon, impacts, termIds, shards, scale, docs));
            writers.awaitAll();
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("versie", VERSION);
            meta.put("documenten", docs.size());
            meta.put("postingsShards", shards);
            meta.put("kop", PostingFiles.HEAD);
            meta.put("schaal", Math.round(scale * 1000));
            meta.put("lex", shardBits(ConcurrentWriters.result(lexShards)));
            meta.put("stam", STEM_DATA);
            files.write("meta.json", meta);
        }
        return files.sorted();
    }

    /**
     * Writes the lexicon shards and returns the names of the top-level ones (the first two letters), so the browser
     * never asks for a shard that does not exist. A shard larger than {@value #LEXICON_SHARD_BYTES} bytes is split by
     * the next letter, again and again, into leaves ({@code lex/gem.json}, {@code lex/geme.json}, {@code lex/ge_.json}:
     * '_' past the end of a word or for a character outside [a-z0-9]), and its top-level file lists them instead
     * ({@code {"d": "a ba be …"}}: the leaves' names after its own two letters); a word sits in the leaf named by the longest of its prefixes that is listed
     * ({@link #shardOf(String, int)}). The leaf of a prefix that was split ({@code gem_} for gem) also holds, under
     * {@code "c"}, the {@value #COMPLETIONS} completions of that prefix the browser would pick from all its leaves;
     * {@code lex/ge-f.json} holds the split shard's most frequent words, for typos in the letters that chose a leaf.
     * A term that several words stand for alone names the one most documents use (a fifth element, after the term's highest
     * impact, left out when it
     * is the term itself): "Bedoelde je" suggests that form.
     */
    private List<String> writeLexicon(
            Lexicon lexicon,
            ImpactTable impacts,
            Map<String, Integer> termIds,
            int shards,
            float scale,
            List<SearchDocument> docs)
            throws IOException {
        Map<Integer, List<Object>> termEntries = new TreeMap<>();
        Map<Integer, List<String>> formsOfTerm = new TreeMap<>();
        Map<String, List<Integer>> idsOfWord = new TreeMap<>();
        for (var e : lexicon.words().entrySet()) {
            List<Integer> ids = e.getValue().stream().map(termIds::get).sorted().toList();
            idsOfWord.put(e.getKey(), ids);
            for (String term : e.getValue()) {
                int id = termIds.get(term);
                termEntries.computeIfAbsent(id, i -> {
                    ImpactTable.Postings p = impacts.scores().get(term);
                    return List.of(term, p.size(), PostingFiles.shard(id, p.size(), shards), highestImpact(p, scale));
                });
            }
            if (ids.size() == 1) {
                formsOfTerm.computeIfAbsent(ids.get(0), i -> new ArrayList<>()).add(e.getKey());
            }
        }
        Set<String> sharedForms = new HashSet<>();
        formsOfTerm.values().stream().filter(forms -> forms.size() > 1).forEach(sharedForms::addAll);
        Map<String, Integer> frequencies = SurfaceFrequencies.of(docs, sharedForms);
        formsOfTerm.forEach((id, forms) -> {
            if (forms.size() < 2) {
                return;
            }
            String favourite = forms.stream()
                    .max(Comparator.comparingInt((String w) -> frequencies.getOrDefault(w, 0))
                            .thenComparing(Comparator.reverseOrder()))
                    .orElseThrow();
            List<Object> entry = termEntries.get(id);
            if (!favourite.equals(entry.get(0))) {
                termEntries.put(id, List.of(entry.get(0), entry.get(1), entry.get(2), entry.get(3), favourite));
            }
        });
        LexiconShards lex = new LexiconShards(idsOfWord, termEntries);
        Map<String, List<String>> byRoot = new TreeMap<>();
        for (String word : idsOfWord.keySet()) {
            byRoot.computeIfAbsent(shardOf(word, 2), r -> new ArrayList<>()).add(word);
        }
        // split and pick the frequent words (they fill LexiconShards' caches) one shard after another; then make the
        // leaves (which only read) and write the files on all cores
        Map<String, Supplier<Object>> out = new LinkedHashMap<>();
        for (var root : byRoot.entrySet()) {
            List<String> leaves = new ArrayList<>();
            lex.split(root.getKey(), root.getValue(), leaves);
            if (leaves.size() > 1) {
                for (String leaf : leaves) {
                    out.put("lex/" + leaf + ".json", () -> lex.file(leaf));
                }
                Object listed = Map.of(
                        "d",
                        String.join(
                                " ",
                                leaves.stream().map(leaf -> leaf.substring(2)).toList()));
                out.put("lex/" + root.getKey() + ".json", () -> listed);
                Object frequent = lex.frequent(root.getValue());
                out.put("lex/" + root.getKey() + FREQUENT + ".json", () -> frequent);
            } else {
                String leaf = root.getKey();
                out.put("lex/" + leaf + ".json", () -> lex.file(leaf));
            }
        }
        files.writeAll(out);
        return List.copyOf(byRoot.keySet());
    }

    /** A term's highest quantised impact, as its postings have it: a bound on what it adds to any document's score. */
    private static int highestImpact(ImpactTable.Postings p, float scale) {
        float highest = 0;
        for (float score : p.scores()) {
            highest = Math.max(highest, score);
        }
        return Math.max(1, Math.round(highest * scale));
    }

    /** The characters of top-level lexicon shard names, in the order of {@link #shardBits}. */
    static final String SHARD_CHARACTERS = "0123456789abcdefghijklmnopqrstuvwxyz_";

    /**
     * The names of the top-level lexicon shards as a bitset in base64: bit {@code 37 * i + j} (byte by byte, the lowest
     * bit first) says whether the shard of characters {@code i} and {@code j} of {@value #SHARD_CHARACTERS} exists.
     */
    static String shardBits(List<String> names) {
        int n = SHARD_CHARACTERS.length();
        byte[] bits = new byte[(n * n + 7) / 8];
        for (String name : names) {
            int bit = SHARD_CHARACTERS.indexOf(name.charAt(0)) * n + SHARD_CHARACTERS.indexOf(name.charAt(1));
            bits[bit / 8] |= (byte) (1 << (bit % 8));
        }
        return Base64.getEncoder().encodeToString(bits);
    }

    /** The lexicon shard of a folded word at the top level: its first two characters ([a-z0-9], others as '_'). */
    static String shardOf(String word) {
        return shardOf(word, 2);
    }

    /** The name of a word's shard at a depth: its first {@code depth} characters, [a-z0-9], others and those past its end as '_'. */
    static String shardOf(String word, int depth) {
        String padded = (word + "_".repeat(depth)).substring(0, depth);
        StringBuilder out = new StringBuilder();
        for (char c : padded.toCharArray()) {
            out.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return out.toString();
    }
}
