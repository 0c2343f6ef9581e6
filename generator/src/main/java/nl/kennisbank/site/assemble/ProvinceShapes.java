package nl.kennisbank.site.assemble;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The outlines of the twelve provinces, read from the vendored {@code provincies.svg} (made by
 * {@code vendor/kaart/bijwerken.sh} from {@code @svg-maps/netherlands}, CC BY 4.0, after MapSVG). Each outline keeps
 * its SVG path and a point inside its largest ring where the map writes the count.
 *
 * @param viewBox the SVG viewBox of the outlines, e.g. {@code 0 0 613 724}
 */
public record ProvinceShapes(String viewBox, List<Shape> shapes) {

    /** Where the outlines come from, for the page and the README. */
    static final String SOURCE = "@svg-maps/netherlands 1.0.0";

    /**
     * One province's outline.
     *
     * @param id     the province id of {@code data/provincies.yml}
     * @param path   SVG path data: absolute move-to, relative line-to, close-path per ring
     * @param labelX where the count goes: the centroid of the largest ring
     */
    record Shape(String id, String path, long labelX, long labelY) {}

    private static final Pattern RING = Pattern.compile("M(-?\\d+) (-?\\d+)l([-\\d ]*)z");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    /** The outlines shipped with the generator. */
    public static ProvinceShapes load() {
        try (InputStream in = ProvinceShapes.class.getResourceAsStream("provincies.svg")) {
            if (in == null) {
                throw new IllegalStateException("provincies.svg is missing from the generator's resources");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProvinceShapes parse(InputStream svg) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(svg).getDocumentElement();
            NodeList paths = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
            List<Shape> shapes = new ArrayList<>();
            for (int i = 0; i < paths.getLength(); i++) {
                Element path = (Element) paths.item(i);
                String d = path.getAttribute("d");
                long[] label = labelPoint(d);
                shapes.add(new Shape(path.getAttribute("id"), d, label[0], label[1]));
            }
            return new ProvinceShapes(root.getAttribute("viewBox"), List.copyOf(shapes));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("provincies.svg is not valid XML: " + e.getMessage(), e);
        }
    }

    /** The centroid of the path's largest ring, rounded. */
    private static long[] labelPoint(String d) {
        double bestArea = -1;
        long[] best = {0, 0};
        Matcher ring = RING.matcher(d);
        while (ring.find()) {
            List<long[]> points = new ArrayList<>();
            long x = Long.parseLong(ring.group(1));
            long y = Long.parseLong(ring.group(2));
            points.add(new long[] {x, y});
            Matcher n = NUMBER.matcher(ring.group(3));
            while (n.find()) {
                x += Long.parseLong(n.group());
                n.find();
                y += Long.parseLong(n.group());
                points.add(new long[] {x, y});
            }
            double area = 0;
            double cx = 0;
            double cy = 0;
            for (int i = 0; i < points.size(); i++) {
                long[] a = points.get(i);
                long[] b = points.get((i + 1) % points.size());
                double cross = (double) a[0] * b[1] - (double) b[0] * a[1];
                area += cross;
                cx += (a[0] + b[0]) * cross;
                cy += (a[1] + b[1]) * cross;
            }
            if (Math.abs(area) > bestArea && area != 0) {
                bestArea = Math.abs(area);
                best = new long[] {Math.round(cx / (3 * area)), Math.round(cy / (3 * area))};
            }
        }
        return best;
    }
}
