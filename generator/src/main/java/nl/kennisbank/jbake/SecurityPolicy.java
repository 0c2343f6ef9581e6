package nl.kennisbank.jbake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy every HTML page carries: only this site's own scripts, styles, images and fonts, no
 * plugins, no {@code <base>} elsewhere, forms only to this site. A page whose template sets no policy of its own
 * gets this one as a {@code <meta>} at the start of its {@code <head>}, so a template or an allowed HTML file
 * cannot publish a page without one.
 */
public final class SecurityPolicy {

    public static final String POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'";
    static final String META = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">";

    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html)[\\s>]", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML = Pattern.compile("<html(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCTYPE = Pattern.compile("<!doctype[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_POLICY =
            Pattern.compile("http-equiv\\s*=\\s*[\"']?content-security-policy[\"'\\s>]", Pattern.CASE_INSENSITIVE);

    private SecurityPolicy() {}

    /** True for text that is an HTML page (not a feed, sitemap or fragment). */
    public static boolean isPage(String text) {
        return HTML_START
                .matcher(text.length() > 4096 ? text.substring(0, 4096) : text)
                .lookingAt();
    }

    /** The page with the policy added when its head has none; the page itself when it has one. */
    public static String ensure(String page) {
        String head = headOf(page);
        if (OWN_POLICY.matcher(head).find()) {
            return page;
        }
        for (Pattern after : new Pattern[] {HEAD, HTML, DOCTYPE}) {
            Matcher m = after.matcher(head);
            if (m.find()) {
                return page.substring(0, m.end()) + (after == HEAD ? "" : "<head>") + META + page.substring(m.end());
            }
        }
        return META + page;
    }

    /**
     * Everything before the body: only the head may carry the page's own policy (text in the body is content). Looks
     * at each {@code <} only, without a lower-case copy of the whole page (that copy was a sixth of rendering pages).
     */
    private static String headOf(String page) {
        for (int at = page.indexOf('<'); at >= 0; at = page.indexOf('<', at + 1)) {
            if (page.regionMatches(true, at, "</head", 0, 6) || page.regionMatches(true, at, "<body", 0, 5)) {
                return page.substring(0, at);
            }
        }
        return page;
    }
}
