package nl.kennisbank.site.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kennisbank.html.HtmlText;

/**
 * The map of the Netherlands at {@code kaart/} as inline SVG, drawn at build time: each province is a link to its
 * browse page whose accessible name says the province and its number of practices; the fill shows the count class
 * and the number itself stands on the province (text, not only colour); the page shows the same numbers in a table.
 * No script, no style attributes, no tiles: the outlines are vendored ({@link ProvinceShapes}).
 *
 * @param regions one per province on the map, in reading order (the vocabulary's order), which is also the tab order
 */
record ProvinceMap(ProvinceShapes shapes, List<Region> regions) {

    /** One province: its label, its browse page, its number of practices. */
    record Region(String id, String label, String url, int count) {}

    /** A class of counts with its own fill: {@code from}..{@code to} practices. */
    record CountClass(int from, int to, String name, String fill) {

        String legend() {
            if (to == 0) {
                return "geen praktijkvoorbeelden";
            }
            return (from == to ? String.valueOf(from) : from + " tot en met " + to)
                    + (to == 1 ? " praktijkvoorbeeld" : " praktijkvoorbeelden");
        }
    }

    /** Light to dark; the count on each province is black on a white label, so it reads on every fill. */
    private static final String[] FILLS = {"#d6e4f0", "#8fb3d9", "#3f6fa3"};

    private static final int LABEL_HEIGHT = 34;

    /** Count classes: none, then up to three equal steps up to the highest count. */
    List<CountClass> classes() {
        int max = regions.stream().mapToInt(Region::count).max().orElse(0);
        List<CountClass> classes = new ArrayList<>();
        classes.add(new CountClass(0, 0, "klasse-0", "url(#kaart-leeg)"));
        int from = 1;
        for (int step = 1; step <= 3 && from <= max; step++) {
            int to = (int) Math.ceil(max * step / 3.0);
            if (to >= from) {
                classes.add(new CountClass(from, to, "klasse-" + classes.size(), FILLS[classes.size() - 1]));
                from = to + 1;
            }
        }
        return classes;
    }

    CountClass classOf(int count) {
        return classes().stream()
                .filter(c -> count >= c.from() && count <= c.to())
                .findFirst()
                .orElseThrow();
    }

    /** The accessible name of a province's link. */
    static String name(Region region) {
        return region.label() + ": " + region.count()
                + (region.count() == 1 ? " praktijkvoorbeeld" : " praktijkvoorbeelden");
    }

    String svg(String rootPath) {
        Map<String, ProvinceShapes.Shape> byId = new java.util.HashMap<>();
        shapes.shapes().forEach(s -> byId.put(s.id(), s));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"landkaart__svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
                .append(shapes.viewBox())
                .append(
                        "\" aria-labelledby=\"kaart-titel\"><title id=\"kaart-titel\">Kaart van Nederland: praktijkvoorbeelden per provincie</title>");
        svg.append(
                "<defs><pattern id=\"kaart-leeg\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                        + "<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><rect width=\"2\" height=\"8\" fill=\"#8c8c8c\"/></pattern></defs>");
        List<Region> drawn =
                regions.stream().filter(r -> byId.containsKey(r.id())).toList();
        for (Region region : drawn) {
            svg.append("<a href=\"")
                    .append(HtmlText.escape(rootPath + region.url()))
                    .append("\" aria-label=\"")
                    .append(HtmlText.escape(name(region)))
                    .append("\"><path class=\"provincie ")
                    .append(classOf(region.count()).name())
                    .append("\" fill=\"")
                    .append(classOf(region.count()).fill())
                    .append("\" stroke=\"#1a1a1a\" stroke-width=\"1.2\" d=\"")
                    .append(byId.get(region.id()).path())
                    .append("\"/></a>");
        }
        svg.append(
                "<g class=\"landkaart__getallen\" aria-hidden=\"true\" font-size=\"28\" font-weight=\"bold\" text-anchor=\"middle\">");
        for (Region region : drawn) {
            ProvinceShapes.Shape shape = byId.get(region.id());
            int width = 17 * String.valueOf(region.count()).length() + 16;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" fill=\"#ffffff\" stroke=\"#1a1a1a\"/><text fill=\"#1a1a1a\" x=\"%d\" y=\"%d\">%d</text>",
                    shape.labelX() - width / 2,
                    shape.labelY() - LABEL_HEIGHT / 2,
                    width,
                    LABEL_HEIGHT,
                    shape.labelX(),
                    shape.labelY() + 10,
                    region.count()));
        }
        return svg.append("</g></svg>").toString();
    }
}
