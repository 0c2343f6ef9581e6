package nl.kennisbank.gates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Content-Security-Policy parsed into its directives, and the privacy rules for it: {@code default-src} is exactly
 * {@code 'self'}, and no fetch directive allows another host — only {@code 'self'}, {@code 'none'}, other quoted
 * keywords such as hashes (except {@code 'strict-dynamic'}, which trusts whatever a script loads) and
 * {@code data:} for images.
 */
record ContentSecurityPolicy(Map<String, List<String>> directives) {

    /** The directives that control where resources are loaded from. */
    static final Set<String> FETCH_DIRECTIVES = Set.of(
            "script-src",
            "script-src-elem",
            "script-src-attr",
            "style-src",
            "style-src-elem",
            "style-src-attr",
            "img-src",
            "font-src",
            "frame-src",
            "child-src",
            "connect-src",
            "media-src",
            "object-src",
            "worker-src",
            "manifest-src",
            "default-src");

    static ContentSecurityPolicy parse(String policy) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            List<String> tokens = Arrays.stream(directive.strip().split("\\s+"))
                    .filter(t -> !t.isEmpty())
                    .toList();
            if (!tokens.isEmpty()) {
                // As browsers do: a repeated directive is ignored.
                directives.putIfAbsent(tokens.getFirst().toLowerCase(Locale.ROOT), tokens.subList(1, tokens.size()));
            }
        }
        return new ContentSecurityPolicy(directives);
    }

    /** What is wrong with this policy for privacy, one message each; empty when nothing is. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        List<String> defaults = directives.get("default-src");
        if (defaults == null) {
            problems.add("Content-Security-Policy has no default-src");
        } else if (!defaults.equals(List.of("'self'"))) {
            problems.add(
                    "Content-Security-Policy default-src is \"" + String.join(" ", defaults) + "\", not \"'self'\"");
        }
        directives.forEach((name, sources) -> {
            if (FETCH_DIRECTIVES.contains(name)) {
                for (String source : sources) {
                    if (!allowed(name, source)) {
                        problems.add("Content-Security-Policy " + name + " allows " + source);
                    }
                }
            }
        });
        return problems;
    }

    private static boolean allowed(String directive, String source) {
        String s = source.toLowerCase(Locale.ROOT);
        if (s.startsWith("'") && s.endsWith("'")) {
            return !s.equals("'strict-dynamic'");
        }
        return s.equals("data:") && directive.equals("img-src");
    }
}
