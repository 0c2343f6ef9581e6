package nl.kennisbank.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Ids a heading may not get because the page already has them: the ids the templates write ({@code main id="inhoud"},
 * {@code id="zoekveld"}) and the fixed part of ids they compute ({@code id="kop-${g.name}"} reserves every id
 * starting with {@code kop-}), plus the footnote ids flexmark writes. A heading whose id is reserved gets
 * {@code tekst-} before it (then {@code tekst2-}, … if that is taken too): deterministic, and never an id twice on
 * a page.
 *
 * @param ids      ids the templates write as they are
 * @param prefixes fixed beginnings of ids the templates compute
 */
public record ReservedIds(Set<String> ids, Set<String> prefixes) {

    /** Only what the Markdown renderer itself writes besides headings: footnotes and their back links. */
    public static final ReservedIds NONE = new ReservedIds(Set.of(), Set.of("fn-", "fnref-"));

    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*([\"'])(.*?)\\1", Pattern.DOTALL);
    private static final int MAX_TRIES = 1000;

    public ReservedIds {
        ids = Set.copyOf(ids);
        prefixes = Set.copyOf(prefixes);
    }

    /** The ids written by the templates in this folder (every file in it, sub-folders included). */
    public static ReservedIds inTemplates(Path folder) {
        Set<String> ids = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>(NONE.prefixes());
        if (!Files.isDirectory(folder)) {
            return NONE;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Matcher m = ID.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                while (m.find()) {
                    String id = m.group(2).strip();
                    int expression = id.indexOf("${");
                    if (expression < 0) {
                        ids.add(id);
                    } else if (expression > 0) { // id="${ch.id}" is a heading's own id: nothing fixed to reserve
                        prefixes.add(id.substring(0, expression));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReservedIds(ids, prefixes);
    }

    public boolean isReserved(String id) {
        return ids.contains(id) || prefixes.stream().anyMatch(id::startsWith);
    }

    /**
     * The id for a heading whose generated id is {@code id}: itself when it is free, else the first of
     * {@code tekst-id}, {@code tekst2-id}, … that is neither reserved nor in {@code taken}.
     */
    public String free(String id, Collection<String> taken) {
        if (!isReserved(id)) {
            return id;
        }
        for (int n = 1; n < MAX_TRIES; n++) {
            String candidate = (n == 1 ? "tekst-" : "tekst" + n + "-") + id;
            if (!isReserved(candidate) && !taken.contains(candidate)) {
                return candidate;
            }
        }
        return "tekst" + MAX_TRIES + "-" + id;
    }
}
