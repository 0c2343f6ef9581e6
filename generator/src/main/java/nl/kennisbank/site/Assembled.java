package nl.kennisbank.site;

import java.util.List;
import java.util.Map;
import nl.kennisbank.jbake.PageSpec;

/** The site model ready to render: every page, and the {@code site} values every template sees. */
record Assembled(List<PageSpec> pages, Map<String, Object> globals) {
}
