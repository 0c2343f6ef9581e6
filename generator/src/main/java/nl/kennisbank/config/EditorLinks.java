package nl.kennisbank.config;

import java.util.Map;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/**
 * Where editors and outsiders can act on the site, as the owner sets it in {@code jbake.properties}.
 *
 * @param editUrl   {@code kennisbank.edit-url}: followed by a source path (content/…/x.md) it opens that file in the
 *                  repository's web editor, e.g. {@code https://gitlab.com/org/kennisbank/-/edit/main/}; empty: no
 *                  "Bewerk deze pagina" link
 * @param submitUrl {@code kennisbank.submit-url}: where people outside the team send a practice (an issue template, a
 *                  form, a {@code mailto:} address); empty: the submission page says to contact the editors
 */
public record EditorLinks(String editUrl, String submitUrl) {

    static final String EDIT_KEY = "kennisbank.edit-url";
    static final String SUBMIT_KEY = "kennisbank.submit-url";

    public static EditorLinks none() {
        return new EditorLinks("", "");
    }

    static EditorLinks read(Map<String, String> keys, Map<String, Integer> lines, String file, Problems problems) {
        String edit = keys.getOrDefault(EDIT_KEY, "").strip();
        if (!edit.isEmpty() && !edit.endsWith("/")) {
            edit = edit + "/";
        }
        String submit = keys.getOrDefault(SUBMIT_KEY, "").strip();
        return new EditorLinks(
                checked(EDIT_KEY, edit, false, lines, file, problems),
                checked(SUBMIT_KEY, submit, true, lines, file, problems));
    }

    private static String checked(
            String key, String url, boolean mailAllowed, Map<String, Integer> lines, String file, Problems problems) {
        if (url.isEmpty()
                || SiteSettings.isAbsoluteHttp(url)
                || mailAllowed && url.matches("mailto:[^@\\s]+@[^@\\s]+\\.[a-z]{2,}")) {
            return url;
        }
        problems.report(
                new Location(file, lines.getOrDefault(key, 1), 1),
                ProblemCode.CONFIG_LINK,
                key,
                url,
                mailAllowed ? " of een mailto:-adres" : "");
        return "";
    }
}
