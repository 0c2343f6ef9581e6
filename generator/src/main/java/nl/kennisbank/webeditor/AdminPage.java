package nl.kennisbank.webeditor;

import java.util.List;
import nl.kennisbank.config.WebEditorSettings;
import nl.kennisbank.html.HtmlText;

/**
 * {@code admin/index.html}: loads Decap and the script that registers the site's own style sheets for Decap's
 * preview. It carries its own Content-Security-Policy, wider than the site's because Decap needs it, and only
 * this page has it:
 * <ul>
 *   <li>{@code 'unsafe-eval'}: Decap evaluates code while it starts (without it, it stops at once);</li>
 *   <li>{@code style-src 'unsafe-inline'}: its components write their styles into the page at run time (without it
 *       the editor has no layout and its fields cannot be used);</li>
 *   <li>{@code blob:} and {@code data:} images: previews of images chosen before they are saved;</li>
 *   <li>{@code connect-src}: {@code blob:} (Decap reads its own blobs while saving), the git host's API (GitLab or
 *       GitHub) and, for trying it out, decap-server on localhost.</li>
 * </ul>
 * Each was found necessary in headless Chromium ({@code WebEditorBrowserTest} fails on any violation). No script
 * comes from elsewhere; the page may not be framed by another site ({@code frame-ancestors} is only
 * honoured as a header, so {@code _headers} repeats it for hosts that read that file).
 */
public final class AdminPage {

    private AdminPage() {}

    /** The Content-Security-Policy of {@code /admin/}. */
    public static String policy(WebEditorSettings settings, boolean local) {
        String connect = local
                ? "'self' blob: http://localhost:" + settings.localPort()
                : "'self' blob: " + settings.apiOrigin() + " http://localhost:" + settings.localPort();
        return "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; connect-src " + connect
                + "; "
                + "frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";
    }

    static String html(String policy, String decapScript, String title) {
        return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlText.escape(policy) + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>Webredactie – " + HtmlText.escape(title) + "</title>\n"
                + "<link href=\"config.yml\" type=\"text/yaml\" rel=\"cms-config-url\">\n"
                + "</head>\n<body>\n"
                + "<noscript><p>De webredactie werkt alleen met JavaScript aan. Zonder JavaScript bewerk je de bestanden in "
                + "content/ zoals de redactiehandleiding uitlegt.</p></noscript>\n"
                + "<script src=\"" + decapScript + "\"></script>\n"
                + "<script src=\"voorbeeld.js\"></script>\n"
                + "</body>\n</html>\n";
    }

    /** Registers the site's style sheets (relative to /admin/) for Decap's preview pane. */
    static String previewScript(List<String> styleSheets) {
        StringBuilder script = new StringBuilder(
                "// Gemaakt door ./kennisbank: de voorbeeldweergave van de webredactie gebruikt de stijl van de site.\n");
        for (String sheet : styleSheets) {
            script.append("window.CMS.registerPreviewStyle(")
                    .append(nl.kennisbank.json.Json.write("../" + sheet))
                    .append(");\n");
        }
        return script.toString();
    }
}
