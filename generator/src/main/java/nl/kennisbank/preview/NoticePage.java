package nl.kennisbank.preview;

import java.nio.charset.StandardCharsets;
import nl.kennisbank.html.HtmlText;

/** The preview's own small Dutch pages: errors such as 400 and 403, and "still building". */
final class NoticePage {

    private NoticePage() {}

    static byte[] html(String title, String text) {
        String page = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + HtmlText.escape(title)
                + " – voorbeeld van de kennisbank</title>\n</head>\n<body>\n<main>\n<h1>"
                + HtmlText.escape(title)
                + "</h1>\n<p>" + HtmlText.escape(text) + "</p>\n</main>\n</body>\n</html>\n";
        return page.getBytes(StandardCharsets.UTF_8);
    }
}
