package nl.kennisbank.gates;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** An element selector, and the attribute of those elements that holds a URL (or, for {@code srcset}, several). */
record UrlAttribute(String selector, String attribute) {

    /** The URLs in the element's attribute: one, or each candidate of a {@code srcset}. */
    List<String> urls(Element element) {
        String value = element.attr(attribute);
        if (!attribute.equals("srcset")) {
            return List.of(value);
        }
        List<String> urls = new ArrayList<>();
        for (String candidate : value.split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            if (!url.isEmpty()) {
                urls.add(url);
            }
        }
        return urls;
    }
}
