package nl.kennisbank.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the vocabulary files in the data folder; a missing or malformed entry is a problem at its line. */
public final class VocabularyLoader {

    private static final List<String> TERM_LISTS =
            List.of(Vocabularies.SECTOREN, Vocabularies.PIJLERS, Vocabularies.THEMAS, Vocabularies.PROVINCIES);
    private final YamlReader yaml = new YamlReader();

    /** @param label the data folder as messages name it ({@code data}, or what {@code data.folder} says) */
    public Vocabularies load(Path dataDir, String label, Problems problems) throws IOException {
        Map<String, List<Term>> lists = new LinkedHashMap<>();
        Set<String> unreadable = new HashSet<>();
        for (String name : TERM_LISTS) {
            Optional<List<Entry>> entries =
                    entries(label + "/" + name + ".yml", dataDir.resolve(name + ".yml"), problems);
            entries.ifPresentOrElse(
                    e -> lists.put(name, terms(label + "/" + name + ".yml", e, problems)), () -> unreadable.add(name));
        }
        Set<String> provinces = new HashSet<>();
        lists.get(Vocabularies.PROVINCIES).forEach(t -> provinces.add(t.id()));
        Optional<List<Entry>> gemeenteEntries =
                entries(label + "/gemeenten.yml", dataDir.resolve("gemeenten.yml"), problems);
        if (gemeenteEntries.isEmpty()) {
            unreadable.add(Vocabularies.GEMEENTEN);
        }
        List<Gemeente> gemeenten = gemeenten(gemeenteEntries.orElse(List.of()), provinces, problems);
        List<List<String>> synonyms =
                synonymGroups(dataDir.resolve("synoniemen.yml"), label + "/synoniemen.yml", problems);
        return new Vocabularies(Map.copyOf(lists), List.copyOf(gemeenten), List.copyOf(synonyms), unreadable);
    }

    private List<Term> terms(String path, List<Entry> entries, Problems problems) {
        List<Term> terms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Entry entry : entries) {
            Optional<String> id = entry.text("id");
            if (id.isEmpty() || !id.get().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problems.report(entry.at(), ProblemCode.VOCAB_ID_INVALID);
                continue;
            }
            if (!ids.add(id.get())) {
                problems.report(entry.at(), ProblemCode.VOCAB_ID_DUPLICATE, id.get(), path);
            }
            terms.add(new Term(
                    id.get(),
                    entry.text("label").orElse(id.get()),
                    entry.text("definitie").orElse(""),
                    entry.list("synoniemen")));
        }
        return terms;
    }

    private List<Gemeente> gemeenten(List<Entry> entries, Set<String> provinces, Problems problems) {
        List<Gemeente> gemeenten = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Entry entry : entries) {
            Optional<String> naam = entry.text("naam");
            Optional<String> cbs = entry.text("cbs");
            Optional<String> provincie = entry.text("provincie");
            if (naam.isEmpty() || cbs.isEmpty() || !cbs.get().matches("GM\\d{4}") || provincie.isEmpty()) {
                problems.report(entry.at(), ProblemCode.VOCAB_GEMEENTE_INCOMPLETE);
                continue;
            }
            if (!provinces.isEmpty() && !provinces.contains(provincie.get())) {
                problems.report(entry.at(), ProblemCode.VOCAB_GEMEENTE_PROVINCE, provincie.get(), naam.get());
            }
            String slug = Slugs.of(naam.get());
            if (!slugs.add(slug)) {
                problems.report(entry.at(), ProblemCode.VOCAB_GEMEENTE_DUPLICATE, naam.get());
            }
            gemeenten.add(new Gemeente(naam.get(), slug, cbs.get(), provincie.get(), entry.list("aliassen")));
        }
        return gemeenten;
    }

    private List<List<String>> synonymGroups(Path file, String path, Problems problems) throws IOException {
        List<List<String>> groups = new ArrayList<>();
        if (!Files.exists(file)) {
            return groups;
        }
        Optional<Node> root = yaml.read(path, Files.readString(file, StandardCharsets.UTF_8), 1, problems);
        if (root.isPresent() && root.get() instanceof SequenceNode seq) {
            for (Node group : seq.getValue()) {
                if (group instanceof SequenceNode words) {
                    groups.add(words.getValue().stream()
                            .map(YamlNodes::scalar)
                            .flatMap(Optional::stream)
                            .toList());
                } else {
                    problems.report(new YamlPositions(path, 1).of(group), ProblemCode.VOCAB_SYNONYM_GROUP);
                }
            }
        }
        return groups;
    }

    /** The items of a vocabulary file; empty when the file is missing or cannot be read as a list (reported). */
    private Optional<List<Entry>> entries(String path, Path file, Problems problems) throws IOException {
        if (!Files.exists(file)) {
            problems.report(Location.file(path), ProblemCode.VOCAB_FILE_MISSING, path);
            return Optional.empty();
        }
        YamlPositions positions = new YamlPositions(path, 1);
        Optional<Node> root = yaml.read(path, Files.readString(file, StandardCharsets.UTF_8), 1, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!(root.get() instanceof SequenceNode seq)) {
            problems.report(positions.of(root.get()), ProblemCode.VOCAB_NOT_LIST, path);
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) {
                entries.add(new Entry(YamlNodes.entries(m), positions.of(item)));
            } else {
                problems.report(positions.of(item), ProblemCode.VOCAB_ITEM_NOT_MAPPING, path);
            }
        }
        return Optional.of(entries);
    }

    private record Entry(Map<String, NodeTuple> fields, Location at) {
        Optional<String> text(String key) {
            return Optional.ofNullable(fields.get(key))
                    .flatMap(t -> YamlNodes.scalar(t.getValueNode()))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty());
        }

        List<String> list(String key) {
            NodeTuple t = fields.get(key);
            if (t == null || !(t.getValueNode() instanceof SequenceNode s)) {
                return List.of();
            }
            return s.getValue().stream()
                    .map(YamlNodes::scalar)
                    .flatMap(Optional::stream)
                    .toList();
        }
    }
}
