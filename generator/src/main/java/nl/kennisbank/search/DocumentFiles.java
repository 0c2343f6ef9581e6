package nl.kennisbank.search;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The static index's files about documents, which need no term statistics: {@code doc/<ordinal>.json} (URL, title,
 * type, date and passages), {@code facetten.json} and {@code volgorde/*.json} ({@link StaticIndexWriter} describes
 * them). They are made while the term impacts are computed.
 */
final class DocumentFiles {

    private final IndexFiles files;

    DocumentFiles(IndexFiles files) {
        this.files = files;
    }

    void writeDocs(List<SearchDocument> docs) {
        // one small file per document: passages and JSON on all cores
        java.util.stream.IntStream.range(0, docs.size()).parallel().forEach(i -> {
            SearchDocument d = docs.get(i);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("u", d.id());
            doc.put("t", d.title());
            doc.put("y", d.facetLabels().getOrDefault("type:" + d.type(), d.type()));
            if (!d.date().isEmpty()) {
                doc.put("d", d.date());
            }
            doc.put("p", Passages.of(d));
            files.write("doc/" + i + ".json", doc);
        });
    }

    void writeFacets(List<SearchDocument> docs) {
        Map<String, Map<String, Object>> facets = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            SearchDocument d = docs.get(i);
            for (var f : d.facets().entrySet()) {
                for (String value : f.getValue()) {
                    Map<String, Object> values = facets.computeIfAbsent(f.getKey(), k -> new TreeMap<>());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> entry =
                            (Map<String, Object>) values.computeIfAbsent(value, v -> new LinkedHashMap<>());
                    entry.putIfAbsent("l", d.facetLabels().getOrDefault(f.getKey() + ":" + value, value));
                    byte[] bits = (byte[]) entry.computeIfAbsent("bits", b -> new byte[(docs.size() + 7) / 8]);
                    bits[i / 8] |= (byte) (1 << (i % 8));
                }
            }
        }
        for (Map<String, Object> values : facets.values()) {
            for (Object v : values.values()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> entry = (Map<String, Object>) v;
                encodeBits(entry, (byte[]) entry.remove("bits"));
            }
        }
        files.write("facetten.json", facets);
    }

    /**
     * A facet value's documents, in the shorter of two forms: a bitset from its first to its last non-zero byte
     * ({@code b}, base64, starting at byte {@code o}), or for a rare value the ordinals themselves, delta-coded
     * ({@code n}: [first, gap, gap, …]).
     */
    static void encodeBits(Map<String, Object> entry, byte[] bits) {
        int first = 0;
        while (bits[first] == 0) {
            first++;
        }
        int last = bits.length - 1;
        while (bits[last] == 0) {
            last--;
        }
        List<Integer> deltas = new ArrayList<>();
        int previous = 0;
        int listLength = 0;
        for (int doc = first * 8; doc < (last + 1) * 8; doc++) {
            if ((bits[doc / 8] & (1 << (doc % 8))) != 0) {
                deltas.add(doc - previous);
                listLength += String.valueOf(doc - previous).length() + 1;
                previous = doc;
            }
        }
        int bitsetLength = (last - first + 3) / 3 * 4
                + (first > 0 ? 6 + String.valueOf(first).length() : 0);
        if (listLength < bitsetLength) {
            entry.put("n", deltas);
            return;
        }
        if (first > 0) {
            entry.put("o", first);
        }
        entry.put("b", Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bits, first, last + 1)));
    }

    /** Newest first (date descending, undated last, then ordinal) and by title (Dutch collation, then ordinal). */
    void writeOrders(List<SearchDocument> docs) {
        java.text.Collator dutch = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl"));
        Comparator<Integer> newest =
                Comparator.comparing((Integer i) -> docs.get(i).date(), Comparator.reverseOrder());
        Comparator<Integer> title =
                Comparator.comparing((Integer i) -> docs.get(i).title(), dutch);
        files.write("volgorde/nieuw.json", order(docs.size(), newest.thenComparing(Comparator.naturalOrder())));
        files.write("volgorde/titel.json", order(docs.size(), title.thenComparing(Comparator.naturalOrder())));
    }

    private static Map<String, Object> order(int documents, Comparator<Integer> comparator) {
        int width = documents <= 0xFFFF ? 2 : 3;
        List<Integer> ordinals = new ArrayList<>(
                java.util.stream.IntStream.range(0, documents).boxed().toList());
        ordinals.sort(comparator);
        byte[] out = new byte[documents * width];
        for (int i = 0; i < documents; i++) {
            for (int b = 0; b < width; b++) {
                out[i * width + b] = (byte) (ordinals.get(i) >>> (8 * b));
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("w", width);
        json.put("b", Base64.getEncoder().encodeToString(out));
        return json;
    }
}
