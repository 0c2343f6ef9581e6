package nl.kennisbank.site.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kennisbank.html.HtmlText;

/**
 * A horizontal bar chart as inline SVG, drawn at build time: a title and a description that reads out every number
 * (the page shows the same numbers as a table), each series with its own pattern as well as its own colour, and a
 * narrow layout — the label above its bars — that stays readable on a 390 px phone. No script, no style attributes
 * (the Content-Security-Policy allows none), so it works everywhere the page does.
 *
 * @param id     unique on its page; the SVG's title and description ids derive from it
 * @param series names of the series, e.g. "Nieuw", "Bijgewerkt"; one value per series in each row
 */
record BarChart(String id, String title, List<String> series, List<Row> rows) {

    /** One label with a value per series. */
    record Row(String label, List<Integer> values) {}

    private static final int WIDTH = 320;
    private static final int LABEL = 20;
    private static final int BAR = 14;
    private static final int GAP = 10;
    private static final int NUMBER_ROOM = 44;
    private static final String[] FILLS = {"#1f4e79", "url(#%s-streep)"};

    String svg() {
        int max = Math.max(
                1,
                rows.stream()
                        .flatMap(r -> r.values().stream())
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(1));
        int legend = series.size() > 1 ? 28 : 0;
        int rowHeight = LABEL + series.size() * (BAR + 2) + GAP;
        int height = legend + rows.size() * rowHeight;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg class=\"grafiek\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" "
                        + "aria-labelledby=\"%s-titel %s-uitleg\" font-size=\"14\">",
                WIDTH,
                height,
                id,
                id));
        svg.append("<title id=\"")
                .append(id)
                .append("-titel\">")
                .append(HtmlText.escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-uitleg\">")
                .append(HtmlText.escape(description()))
                .append("</desc>");
        svg.append("<defs><pattern id=\"")
                .append(id)
                .append(
                        "-streep\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><rect width=\"3\" height=\"6\" fill=\"#b35900\"/></pattern></defs>");
        if (legend > 0) {
            int x = 0;
            for (int s = 0; s < series.size(); s++) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"4\" width=\"16\" height=\"16\" fill=\"%s\" stroke=\"#1a1a1a\"/>"
                                + "<text x=\"%d\" y=\"17\" fill=\"#1a1a1a\">%s</text>",
                        x,
                        fill(s),
                        x + 22,
                        HtmlText.escape(series.get(s))));
                x += 30 + series.get(s).length() * 9;
            }
        }
        int y = legend;
        for (Row row : rows) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"0\" y=\"%d\" fill=\"#1a1a1a\">%s</text>",
                    y + 15,
                    HtmlText.escape(row.label())));
            int barY = y + LABEL;
            for (int s = 0; s < series.size(); s++) {
                int value = row.values().get(s);
                int length = Math.round((float) value / max * (WIDTH - NUMBER_ROOM));
                if (value > 0) {
                    svg.append(String.format(
                            Locale.ROOT,
                            "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#1a1a1a\" stroke-width=\"0.5\"/>",
                            barY,
                            Math.max(2, length),
                            BAR,
                            fill(s)));
                }
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" fill=\"#1a1a1a\">%d</text>",
                        Math.max(2, length) + 6,
                        barY + BAR - 2,
                        value));
                barY += BAR + 2;
            }
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    /** Every number in words: what a screen reader says for the picture. */
    String description() {
        List<String> parts = new ArrayList<>();
        for (Row row : rows) {
            List<String> values = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                values.add(
                        series.size() == 1
                                ? String.valueOf(row.values().get(s))
                                : row.values().get(s) + " " + series.get(s).toLowerCase(Locale.ROOT));
            }
            parts.add(row.label() + ": " + String.join(", ", values));
        }
        return "Staafdiagram. " + String.join("; ", parts) + ".";
    }

    private String fill(int series) {
        return String.format(Locale.ROOT, FILLS[series % FILLS.length], id);
    }
}
