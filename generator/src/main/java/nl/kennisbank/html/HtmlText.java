package nl.kennisbank.html;

/** Text for HTML content and attribute values in double quotes. */
public final class HtmlText {

    private HtmlText() {}

    /**
     * The text with {@code & < > "} as {@code &amp; &lt; &gt; &quot;}, in one pass (so {@code &lt;} in the text stays
     * visible as written); everything else unchanged. The same as flexmark's {@code Escaping.escapeHtml} for text
     * without entities or backslash escapes.
     */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
