package nl.kennisbank.gates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (vnu), in-process: parses each page as HTML and checks it against the full HTML schema and
 * vnu's own assertions, as {@code vnu --errors-only} does. Errors are findings; warnings and info are ignored.
 *
 * <p>Loading the schema takes a second or two, so one checker is made once and reused for every page. A checker is
 * not thread-safe: vnu binds its error handler to the validator, and the handler collects the current page's errors.
 */
final class HtmlChecker {

    /** The full HTML schema (HTML plus SVG and MathML), which vnu reads from its bundled copy, not the network. */
    static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    HtmlChecker() {
        // No log4j set-up, no URL logging, no language detection (it only ever warns).
        validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(HTML_SCHEMA, new SchemaErrors());
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker cannot load " + HTML_SCHEMA, e);
        }
    }

    /** The errors in every {@code .html} file under {@code root}, in page order. */
    List<GateFinding> checkSite(Path root) {
        List<GateFinding> findings = new ArrayList<>();
        for (Path file : SiteFiles.endingWith(root, ".html")) {
            findings.addAll(check(root, file));
        }
        return findings;
    }

    /** The errors in one page; the page is named relative to {@code root}. */
    List<GateFinding> check(Path root, Path file) {
        String page = SiteFiles.page(root, file);
        collector.startPage(page);
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (SAXParseException e) {
            collector.addOnce(e);
        } catch (IOException | SAXException e) {
            collector.findings.add(new GateFinding(page, 0, "cannot be checked: " + e));
        }
        return List.copyOf(collector.findings);
    }

    /** Collects the errors of the page being checked. */
    private static final class Collector implements ErrorHandler {

        private final List<GateFinding> findings = new ArrayList<>();
        private String page = "";
        private SAXParseException last;

        void startPage(String name) {
            page = name;
            findings.clear();
            last = null;
        }

        void add(SAXParseException e) {
            last = e;
            findings.add(new GateFinding(page, Math.max(e.getLineNumber(), 0), e.getMessage()));
        }

        /** A fatal error is reported to the handler and then thrown: count it once. */
        void addOnce(SAXParseException e) {
            if (e != last) {
                add(e);
            }
        }

        @Override
        public void warning(SAXParseException e) {
            // Warnings do not fail the gate.
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }
    }

    /** A problem in vnu's bundled schema is a broken checker, not a broken page. */
    private static final class SchemaErrors implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
