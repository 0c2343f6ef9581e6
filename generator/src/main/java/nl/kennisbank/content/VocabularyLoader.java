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
import nl.kennisbank.problems.Problems;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the vocabulary files in {@code data/}; a missing or malformed entry is a problem at its line. */
public final class VocabularyLoader {

    private static final String CODE = "VOCAB_FILE_INVALID";
    private static final List<String> TERM_LISTS = List.of(Vocabularies.SECTOREN, Vocabularies.PIJLERS, Vocabularies.THEMAS, Vocabularies.PROVINCIES);
    private final YamlReader yaml = new YamlReader();

    public Vocabularies load(Path dataDir, Problems problems) throws IOException {
        Map<String, List<Term>> lists = new LinkedHashMap<>();
        for (String name : TERM_LISTS) {
            lists.put(name, terms("data/" + name + ".yml", dataDir.resolve(name + ".yml"), problems));
        }
        Set<String> provinces = new HashSet<>();
        lists.get(Vocabularies.PROVINCIES).forEach(t -> provinces.add(t.id()));
        List<Gemeente> gemeenten = gemeenten(dataDir.resolve("gemeenten.yml"), provinces, problems);
        List<List<String>> synonyms = synonymGroups(dataDir.resolve("synoniemen.yml"), problems);
        return new Vocabularies(Map.copyOf(lists), List.copyOf(gemeenten), List.copyOf(synonyms));
    }

    private List<Term> terms(String path, Path file, Problems problems) throws IOException {
        List<Term> terms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Entry entry : entries(path, file, problems)) {
            Optional<String> id = entry.text("id");
            if (id.isEmpty() || !id.get().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problems.error(entry.at(), CODE, "Elk item heeft een 'id' van kleine letters, cijfers en streepjes.");
                continue;
            }
            if (!ids.add(id.get())) {
                problems.error(entry.at(), CODE, "De id '" + id.get() + "' staat twee keer in " + path + ".");
            }
            terms.add(new Term(id.get(), entry.text("label").orElse(id.get()), entry.text("definitie").orElse(""), entry.list("synoniemen")));
        }
        return terms;
    }

    private List<Gemeente> gemeenten(Path file, Set<String> provinces, Problems problems) throws IOException {
        List<Gemeente> gemeenten = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Entry entry : entries("data/gemeenten.yml", file, problems)) {
            Optional<String> naam = entry.text("naam");
            Optional<String> cbs = entry.text("cbs");
            Optional<String> provincie = entry.text("provincie");
            if (naam.isEmpty() || cbs.isEmpty() || !cbs.get().matches("GM\\d{4}") || provincie.isEmpty()) {
                problems.error(entry.at(), CODE, "Elke gemeente heeft 'naam', 'cbs' (GM en vier cijfers) en 'provincie'.");
                continue;
            }
            if (!provinces.isEmpty() && !provinces.contains(provincie.get())) {
                problems.error(entry.at(), CODE, "De provincie '" + provincie.get() + "' van " + naam.get()
                        + " staat niet in data/provincies.yml. Gebruik de id van een provincie, zoals 'noord-holland'.");
            }
            String slug = Slugs.of(naam.get());
            if (!slugs.add(slug)) {
                problems.error(entry.at(), CODE, "De gemeente '" + naam.get() + "' staat twee keer in data/gemeenten.yml.");
            }
            gemeenten.add(new Gemeente(naam.get(), slug, cbs.get(), provincie.get()));
        }
        return gemeenten;
    }

    private List<List<String>> synonymGroups(Path file, Problems problems) throws IOException {
        List<List<String>> groups = new ArrayList<>();
        if (!Files.exists(file)) {
            return groups;
        }
        String path = "data/synoniemen.yml";
        Optional<Node> root = yaml.read(path, Files.readString(file, StandardCharsets.UTF_8), 1, problems);
        if (root.isPresent() && root.get() instanceof SequenceNode seq) {
            for (Node group : seq.getValue()) {
                if (group instanceof SequenceNode words) {
                    groups.add(words.getValue().stream().map(YamlNodes::scalar).flatMap(Optional::stream).toList());
                } else {
                    problems.error(new YamlPositions(path, 1).of(group), CODE, "Elke regel in synoniemen.yml is een lijst woorden, zoals [jeugdgezondheidszorg, JGZ].");
                }
            }
        }
        return groups;
    }

    private List<Entry> entries(String path, Path file, Problems problems) throws IOException {
        if (!Files.exists(file)) {
            problems.error(Location.file(path), "VOCAB_FILE_MISSING", "Het bestand " + path + " ontbreekt. Zet de lijst terug uit Git.");
            return List.of();
        }
        YamlPositions positions = new YamlPositions(path, 1);
        Optional<Node> root = yaml.read(path, Files.readString(file, StandardCharsets.UTF_8), 1, problems);
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof SequenceNode seq)) {
            problems.error(positions.of(root.get()), CODE, path + " moet een lijst zijn: elk item begint met '- '.");
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) {
                entries.add(new Entry(YamlNodes.entries(m), positions.of(item)));
            } else {
                problems.error(positions.of(item), CODE, "Elk item in " + path + " is een blok met velden.");
            }
        }
        return entries;
    }

    private record Entry(Map<String, NodeTuple> fields, Location at) {
        Optional<String> text(String key) {
            return Optional.ofNullable(fields.get(key)).flatMap(t -> YamlNodes.scalar(t.getValueNode())).map(String::trim).filter(s -> !s.isEmpty());
        }

        List<String> list(String key) {
            NodeTuple t = fields.get(key);
            if (t == null || !(t.getValueNode() instanceof SequenceNode s)) {
                return List.of();
            }
            return s.getValue().stream().map(YamlNodes::scalar).flatMap(Optional::stream).toList();
        }
    }
}
