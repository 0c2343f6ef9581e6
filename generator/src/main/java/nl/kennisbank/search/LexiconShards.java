package nl.kennisbank.search;

import static nl.kennisbank.search.StaticIndexWriter.COMPLETIONS;
import static nl.kennisbank.search.StaticIndexWriter.FREQUENT_BYTES;
import static nl.kennisbank.search.StaticIndexWriter.LEXICON_SHARD_BYTES;
import static nl.kennisbank.search.StaticIndexWriter.MAX_SHARD_DEPTH;
import static nl.kennisbank.search.StaticIndexWriter.shardOf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.kennisbank.json.Json;

/**
 * The lexicon's words and terms, split into shards of at most about {@value StaticIndexWriter#LEXICON_SHARD_BYTES}
 * characters of JSON. The size of a shard is added up from the size of each word's and each term's entry, each
 * measured once ({@link #size}), never by writing the shard: the split is decided level by level, and the frequent
 * words of a split shard in one pass.
 */
final class LexiconShards {

    /** {@code {"w":{},"t":{}}}: a shard without words. */
    private static final int EMPTY = 15;

    private final Map<String, List<Integer>> idsOfWord;
    private final Map<Integer, List<Object>> termEntries;
    private final Map<String, List<String>> wordsOfLeaf = new TreeMap<>();
    private final Map<String, List<String>> completionsOfLeaf = new TreeMap<>();
    /** Characters of a word's entry in {@code w} ({@code "word":[ids]}), of a term's entry in {@code t}. */
    private final Map<String, Integer> wordSize = new HashMap<>();

    private final Map<Integer, Integer> termSize = new HashMap<>();
    private final Map<String, Integer> frequencyOf = new HashMap<>();
    private final Map<String, Integer> favouriteOf = new HashMap<>();

    LexiconShards(Map<String, List<Integer>> idsOfWord, Map<Integer, List<Object>> termEntries) {
        this.idsOfWord = idsOfWord;
        this.termEntries = termEntries;
    }

    /** Splits the words under a prefix into leaves by their next letter while a shard is too large; adds leaf names. */
    void split(String prefix, List<String> words, List<String> leaves) {
        if (prefix.length() >= MAX_SHARD_DEPTH || size(words, LEXICON_SHARD_BYTES) <= LEXICON_SHARD_BYTES) {
            wordsOfLeaf.computeIfAbsent(prefix, p -> new ArrayList<>()).addAll(words);
            leaves.add(prefix);
            return;
        }
        Map<String, List<String>> children = new TreeMap<>();
        for (String word : words) {
            children.computeIfAbsent(shardOf(word, prefix.length() + 1), c -> new ArrayList<>())
                    .add(word);
        }
        String own = shardOf(prefix, prefix.length() + 1); // where the prefix itself as a word would sit
        children.computeIfAbsent(own, c -> new ArrayList<>());
        if (prefix.length() >= 3) {
            completionsOfLeaf.put(own, completions(prefix, words));
        }
        List<String> ownLeaves = new ArrayList<>();
        for (var child : children.entrySet()) {
            split(child.getKey(), child.getValue(), child.getKey().equals(own) ? ownLeaves : leaves);
        }
        // the completions of the prefix go to the leaf its own word sits in, if that was split further too
        List<String> moved = completionsOfLeaf.remove(own);
        if (moved != null) {
            completionsOfLeaf.merge(
                    ownLeaves.stream()
                            .filter(l -> prefix.equals(l.substring(0, prefix.length()))
                                    && l.substring(prefix.length()).chars().allMatch(c -> c == '_'))
                            .findFirst()
                            .orElse(ownLeaves.get(0)),
                    moved,
                    (a, b) -> a);
        }
        leaves.addAll(ownLeaves);
    }

    /**
     * The characters of the JSON of a shard of these words without completions ({@link #file(List, List)}), counted
     * until it passes {@code limit}: the words' entries, and each of their terms once.
     */
    private int size(List<String> words, int limit) {
        int size = EMPTY;
        Set<Integer> terms = new HashSet<>();
        for (String word : words) {
            size += wordSize(word) + 1; // a comma before every entry but the first of w and of t: at most one too many
            for (int id : idsOfWord.get(word)) {
                if (terms.add(id)) {
                    size += termSize(id) + 1;
                }
            }
            if (size - 2 > limit) {
                break;
            }
        }
        return size - (words.isEmpty() ? 0 : 1) - (terms.isEmpty() ? 0 : 1);
    }

    private int wordSize(String word) {
        return wordSize.computeIfAbsent(
                word,
                w -> Json.write(w).length() + 1 + Json.write(idsOfWord.get(w)).length());
    }

    private int termSize(int id) {
        return termSize.computeIfAbsent(
                id,
                i -> Json.write(String.valueOf(i)).length()
                        + 1
                        + Json.write(termEntries.get(i)).length());
    }

    /**
     * The completions the browser shows for a prefix: of the longer words that begin with it, the {@value
     * StaticIndexWriter#COMPLETIONS} whose terms most documents have, then the form most documents use, then
     * alphabetically (as zoekmachine.js ranks them).
     */
    private List<String> completions(String prefix, List<String> words) {
        Comparator<String> ranking = Comparator.comparingInt((String w) -> -frequency(w))
                .thenComparingInt(w -> -favourite(w))
                .thenComparing(Comparator.naturalOrder());
        // the best few kept in order while passing the words once: sorting all of a large shard's words cost more
        List<String> best = new ArrayList<>(COMPLETIONS + 1);
        for (String w : words) {
            if (w.length() <= prefix.length()
                    || !w.startsWith(prefix)
                    || idsOfWord.get(w).isEmpty()) {
                continue;
            }
            if (best.size() == COMPLETIONS && ranking.compare(w, best.get(COMPLETIONS - 1)) >= 0) {
                continue;
            }
            int at = java.util.Collections.binarySearch(best, w, ranking);
            best.add(at < 0 ? -at - 1 : at, w);
            if (best.size() > COMPLETIONS) {
                best.remove(COMPLETIONS);
            }
        }
        return List.copyOf(best);
    }

    /** The most documents any of a word's terms has (looked up once per word: sorting asks again and again). */
    private int frequency(String word) {
        return frequencyOf.computeIfAbsent(word, w -> {
            int most = 0;
            for (int id : idsOfWord.get(w)) {
                most = Math.max(most, (Integer) termEntries.get(id).get(1));
            }
            return most;
        });
    }

    /** 1 when the word is the form most documents use of the one term it stands for. */
    private int favourite(String word) {
        return favouriteOf.computeIfAbsent(word, w -> {
            List<Integer> ids = idsOfWord.get(w);
            if (ids.size() != 1) {
                return 0;
            }
            List<Object> t = termEntries.get(ids.get(0));
            return (t.size() > 4 ? t.get(4) : t.get(0)).equals(w) ? 1 : 0;
        });
    }

    /**
     * The words of a split shard most documents have, as many as fit in {@value StaticIndexWriter#FREQUENT_BYTES} bytes: where a typo in the letters that
     * chose the leaf (a wrong or missing letter) still finds its correction, which prefers frequent words. One pass:
     * words are added, most frequent first, while the shard stays within its size.
     */
    Map<String, Object> frequent(List<String> words) {
        List<String> byFrequency = words.stream()
                .filter(w -> !idsOfWord.get(w).isEmpty())
                .sorted(Comparator.comparingInt((String w) -> -frequency(w)).thenComparing(Comparator.naturalOrder()))
                .toList();
        int size = EMPTY;
        Set<Integer> terms = new HashSet<>();
        int fits = 0;
        for (String word : byFrequency) {
            size += wordSize(word) + (fits > 0 ? 1 : 0);
            for (int id : idsOfWord.get(word)) {
                if (terms.add(id)) {
                    size += termSize(id) + (terms.size() > 1 ? 1 : 0);
                }
            }
            if (size > FREQUENT_BYTES) {
                break;
            }
            fits++;
        }
        return file(byFrequency.subList(0, fits), List.of());
    }

    Map<String, Object> file(String leaf) {
        return file(wordsOfLeaf.getOrDefault(leaf, List.of()), completionsOfLeaf.getOrDefault(leaf, List.of()));
    }

    private Map<String, Object> file(List<String> words, List<String> completions) {
        Map<String, Object> w = new TreeMap<>();
        Map<Integer, Object> t = new TreeMap<>();
        for (String word : words) {
            w.put(word, idsOfWord.get(word));
            idsOfWord.get(word).forEach(id -> t.put(id, termEntries.get(id)));
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("w", w);
        if (!completions.isEmpty()) {
            Map<String, Object> c = new TreeMap<>();
            for (String word : completions) {
                c.put(word, idsOfWord.get(word));
                idsOfWord.get(word).forEach(id -> t.put(id, termEntries.get(id)));
            }
            file.put("c", c);
        }
        file.put("t", t);
        return file;
    }
}
