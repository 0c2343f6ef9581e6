package nl.kennisbank.markdown;

import java.util.List;
import java.util.Locale;

/**
 * The one rule for URLs that reach a page: relative, or with one of {@link #SCHEMES}. The link check, the link
 * renderer and the HTML sanitiser's allow-list all use it. The URL is first read the way a browser reads it:
 * leading and trailing spaces and control characters dropped, tabs and line breaks removed anywhere.
 */
public final class SafeUrls {

    /** Schemes a link may have; images also need to be on this site (checked elsewhere). */
    public static final List<String> SCHEMES = List.of("http", "https", "mailto", "tel");

    private SafeUrls() {}

    /** The scheme as a browser would see it ({@code javascript}, {@code data}), or empty for a relative URL. */
    public static String scheme(String url) {
        String seen = asBrowserReads(url);
        int colon = seen.indexOf(':');
        if (colon <= 0) {
            return "";
        }
        String scheme = seen.substring(0, colon).toLowerCase(Locale.ROOT);
        for (int i = 0; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            boolean ok =
                    (c >= 'a' && c <= 'z') || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!ok) {
                return ""; // a colon later in a path or query: relative
            }
        }
        return scheme;
    }

    public static boolean isSafe(String url) {
        String scheme = scheme(url);
        return scheme.isEmpty() || SCHEMES.contains(scheme);
    }

    private static String asBrowserReads(String url) {
        StringBuilder kept = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                kept.append(c);
            }
        }
        int start = 0;
        int end = kept.length();
        while (start < end && kept.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && kept.charAt(end - 1) <= ' ') {
            end--;
        }
        return kept.substring(start, end);
    }
}
