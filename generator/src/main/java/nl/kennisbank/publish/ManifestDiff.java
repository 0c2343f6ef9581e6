package nl.kennisbank.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a new build changes against an old one, file by file: so a reviewer sees what a merge will publish.
 *
 * @param added   paths only in the new manifest, sorted
 * @param changed paths in both with another hash, sorted
 * @param removed paths only in the old manifest, sorted
 */
public record ManifestDiff(List<String> added, List<String> changed, List<String> removed) {

    public static ManifestDiff between(Manifest old, Manifest now) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, String> e : now.files().entrySet()) {
            String before = old.files().get(e.getKey());
            if (before == null) {
                added.add(e.getKey());
            } else if (!before.equals(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        old.files().keySet().stream().filter(p -> !now.files().containsKey(p)).forEach(removed::add);
        return new ManifestDiff(List.copyOf(added), List.copyOf(changed), List.copyOf(removed));
    }

    /** One line per file ({@code + toegevoegd}, {@code ~ gewijzigd}, {@code - verwijderd}), then a Dutch summary. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        added.forEach(p -> lines.add("+ " + p));
        changed.forEach(p -> lines.add("~ " + p));
        removed.forEach(p -> lines.add("- " + p));
        lines.add(added.size() + " toegevoegd, " + changed.size() + " gewijzigd, " + removed.size() + " verwijderd.");
        return lines;
    }
}
