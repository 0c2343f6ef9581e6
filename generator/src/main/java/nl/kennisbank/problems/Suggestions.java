package nl.kennisbank.problems;

import java.util.Collection;
import java.util.Optional;

/** Finds the closest known value for a misspelt one, for "bedoel je …?" hints. */
public final class Suggestions {

    private static final java.util.regex.Pattern PROPOSED = java.util.regex.Pattern.compile(" — bedoel je '(.+?)'\\?");

    private Suggestions() {}

    /** The known value closest to {@code wrong} within a distance that still looks like a typo, if any. */
    public static Optional<String> closest(String wrong, Collection<String> known) {
        String needle = wrong.toLowerCase(java.util.Locale.ROOT);
        // A shortened name first: u-pas.md → u-pas-utrecht.md, the shortest known value that starts like it.
        String stem = needle.replaceFirst("\\.[a-z]+$", "");
        // Only a longer name, not another key after a dot: kennisbank.titel is not a shortened kennisbank.html.
        Optional<String> longer = known.stream()
                .filter(k -> stem.length() >= 3 && extendsName(k.toLowerCase(java.util.Locale.ROOT), stem))
                .min(java.util.Comparator.comparingInt(String::length)
                        .thenComparing(java.util.Comparator.naturalOrder()));
        if (longer.isPresent()) {
            return longer;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            int distance = distance(needle, candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A typo is small next to the name it is in: for a path, the file name (a shared folder is no likeness).
        int allowed = Math.max(2, needle.substring(needle.lastIndexOf('/') + 1).length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    private static boolean extendsName(String known, String stem) {
        return known.startsWith(stem) && known.length() > stem.length() && known.charAt(stem.length()) != '.';
    }

    /** " — bedoel je 'x'?" or the empty string. */
    public static String hint(String wrong, Collection<String> known) {
        return closest(wrong, known).map(Suggestions::hintFor).orElse("");
    }

    /** " — bedoel je 'x'?" for a value already chosen. */
    public static String hintFor(String proposed) {
        return " — bedoel je '" + proposed + "'?";
    }

    /** The value a message proposes with {@link #hintFor}, for tools that offer it as a fix. */
    public static Optional<String> proposedIn(String message) {
        java.util.regex.Matcher m = PROPOSED.matcher(message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
