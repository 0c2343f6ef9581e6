package nl.kennisbank.site;

import java.util.List;
import java.util.Map;
import nl.kennisbank.jbake.PageSpec;

/**
 * The site model ready to render: every page, the {@code site} values every template sees, and the data files
 * written beside the pages (site-relative path → UTF-8 text, e.g. the open data downloads).
 */
record Assembled(List<PageSpec> pages, Map<String, Object> globals, Map<String, String> files) {}
