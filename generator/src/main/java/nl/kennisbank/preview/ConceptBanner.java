package nl.kennisbank.preview;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview's "concept" banner on a draft's page ({@code status: concept}). Only the preview server adds it,
 * to the page as served: drafts are never written by {@code build} (without {@code --drafts}), so it cannot leak.
 */
final class ConceptBanner {

    private static final Pattern BODY = Pattern.compile("<body[^>]*>");
    private static final String STYLE = "<link rel=\"stylesheet\" href=\"/__kennisbank/voorbeeld.css\">";
    private static final String BANNER =
            "<p class=\"kennisbank-concept\" role=\"status\"><strong>Concept</strong> — deze pagina staat op "
                    + "<code>status: concept</code> en komt niet op de gepubliceerde site. Zet de status op <code>gepubliceerd</code> als de tekst klaar is.</p>";

    private ConceptBanner() {}

    static byte[] add(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int head = text.indexOf("</head>");
        if (head >= 0) {
            text = text.substring(0, head) + STYLE + text.substring(head);
        }
        Matcher body = BODY.matcher(text);
        text = body.find() ? text.substring(0, body.end()) + BANNER + text.substring(body.end()) : BANNER + text;
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
