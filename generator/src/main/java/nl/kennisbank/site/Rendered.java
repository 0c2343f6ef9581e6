package nl.kennisbank.site;

import java.util.Map;
import nl.kennisbank.site.validate.ValidSite;

/** The validated site and its bodies as HTML (by document path): what stages 2 and 3 hand the rest of the build. */
record Rendered(ValidSite site, Map<String, String> bodies) {}
