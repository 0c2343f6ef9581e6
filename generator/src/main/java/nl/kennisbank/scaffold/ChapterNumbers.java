package nl.kennisbank.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kennisbank.problems.Suggestions;

/** Where the next chapter of a guide goes: {@code handreikingen/<guide>/NN-<slug>.md}, NN one past the highest. */
final class ChapterNumbers {

    private static final Pattern CHAPTER = Pattern.compile("(\\d{2})-.+\\.md");
    private static final int LAST = 99;
    private final Path guides;

    ChapterNumbers(Path contentFolder) {
        this.guides = contentFolder.resolve("handreikingen");
    }

    /** The new chapter's path relative to the content folder; a reason is added when there is none. */
    Path nextFile(String guide, String slug, List<String> reasons) {
        List<String> known = guides();
        if (!known.contains(guide)) {
            reasons.add("Er is geen handreiking '" + guide + "'" + Suggestions.hint(guide, known)
                    + (known.isEmpty()
                            ? " Maak eerst een handreiking met: kennisbank new handreiking \"Titel\" --sector …"
                            : " Bestaande handreikingen: " + String.join(", ", known) + "."));
            return Path.of("handreikingen", guide);
        }
        int next = highestNumber(guides.resolve(guide)) + 1;
        if (next > LAST) {
            reasons.add("Handreiking '" + guide + "' heeft al hoofdstuk " + LAST + "; meer nummers zijn er niet.");
        }
        return Path.of("handreikingen", guide, String.format(java.util.Locale.ROOT, "%02d-%s.md", next, slug));
    }

    private List<String> guides() {
        if (!Files.isDirectory(guides)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(guides)) {
            return list.filter(p -> Files.isRegularFile(p.resolve("index.md")))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int highestNumber(Path guide) {
        try (Stream<Path> list = Files.list(guide)) {
            return list.map(p -> CHAPTER.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max()
                    .orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
