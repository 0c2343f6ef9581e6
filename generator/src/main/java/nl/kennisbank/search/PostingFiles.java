package nl.kennisbank.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The static index's postings ({@link StaticIndexWriter} describes its files): {@code post/<n>.json}, the
 * {@value #HEAD} highest impacts per term, and {@code staart/<n>.json}, the rest; each term's documents delta-coded
 * with their quantised impacts.
 */
final class PostingFiles {

    /** Postings per term in its head file: enough for the first page of a one-word query. */
    static final int HEAD = 50;

    private final IndexFiles files;

    PostingFiles(IndexFiles files) {
        this.files = files;
    }

    /** Enough shards that an average shard stays a few kilobytes: about one per two documents, a power of two. */
    static int shards(int documents) {
        int shards = 16;
        while (shards < documents / 2) {
            shards *= 2;
        }
        return shards;
    }

    /**
     * The postings shard of a term: for a term with a tail (more than {@value #HEAD} documents: the words people search
     * for) one of the first {@code shards}, which hold only such terms, so its head shares its file with few others
     * (at 1,000 documents about one); for any other term one of the next {@code shards}.
     */
    static int shard(int id, int documents, int shards) {
        return (documents > HEAD ? 0 : shards) + id % shards;
    }

    /** The postings of every term, in the shards {@link #shard} names; term ids as the lexicon gives them. */
    void write(ImpactTable impacts, Map<String, Integer> termIds, int shards, float scale) {
        List<Map<Integer, Object>> heads = new ArrayList<>();
        List<Map<Integer, Object>> tails = new ArrayList<>();
        for (int i = 0; i < 2 * shards; i++) {
            heads.add(new TreeMap<>());
            tails.add(new TreeMap<>());
        }
        for (var e : impacts.scores().entrySet()) {
            int id = termIds.get(e.getKey());
            ImpactTable.Postings p = e.getValue();
            // impact descending, then document ascending: (255 - impact) in the high bits, the document in the low
            long[] byImpact = new long[p.size()];
            for (int i = 0; i < byImpact.length; i++) {
                int impact = Math.max(1, Math.round(p.scores()[i] * scale));
                byImpact[i] = ((long) (255 - impact) << 32) | p.docs()[i];
            }
            java.util.Arrays.sort(byImpact);
            int headSize = Math.min(HEAD, byImpact.length);
            int shard = shard(id, p.size(), shards);
            heads.get(shard).put(id, encode(byImpact, 0, headSize));
            if (headSize < byImpact.length) {
                tails.get(shard).put(id, encode(byImpact, headSize, byImpact.length));
            }
        }
        Map<String, Supplier<Object>> out = new LinkedHashMap<>();
        for (int i = 0; i < 2 * shards; i++) {
            if (!heads.get(i).isEmpty()) {
                Map<Integer, Object> head = heads.get(i);
                out.put("post/" + i + ".json", () -> head);
            }
            if (!tails.get(i).isEmpty()) {
                Map<Integer, Object> tail = tails.get(i);
                out.put("staart/" + i + ".json", () -> tail);
            }
        }
        files.writeAll(out);
    }

    /** Postings {@code [from, to)} of (255 - impact, document) pairs, documents ascending, delta-coded: [doc, impact, docDelta, impact, …]. */
    private static int[] encode(long[] byImpact, int from, int to) {
        long[] byDoc = new long[to - from];
        for (int i = from; i < to; i++) {
            byDoc[i - from] = ((byImpact[i] & 0xFFFFFFFFL) << 32) | (255 - (byImpact[i] >>> 32));
        }
        java.util.Arrays.sort(byDoc);
        int[] out = new int[byDoc.length * 2];
        int previous = 0;
        for (int i = 0; i < byDoc.length; i++) {
            int doc = (int) (byDoc[i] >>> 32);
            out[2 * i] = doc - previous;
            out[2 * i + 1] = (int) (byDoc[i] & 0xFFFFFFFFL);
            previous = doc;
        }
        return out;
    }
}
