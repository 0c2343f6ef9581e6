package nl.kennisbank.jbake;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kennisbank.markdown.HtmlSanitizer;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.problems.Severity;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.RawMarkupEngine;
import org.jbake.util.HtmlUtil;

/**
 * Reads one content file into JBake's {@code DocumentModel} with JBake 2.7's own engines (its header rules,
 * {@code date.format} under {@code jvm.locale}, {@code markdown.extensions} through flexmark's pegdown profile),
 * then adds what JBake's crawler adds (uri, root path, no-extension uri). Where stock JBake logs and skips a file,
 * this reports a located Dutch warning and skips it; every body passes the allow-list sanitiser.
 */
final class JBakeDocuments {

    private final DefaultJBakeConfiguration config;
    private final Set<String> types;
    private final LocalDate today;
    private final String shownAs;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final JBakeHouseRules houseRules;
    private final java.util.Locale locale;

    JBakeDocuments(
            DefaultJBakeConfiguration config, Set<String> types, LocalDate today, String shownAs, Severity houseRules) {
        this.houseRules = new JBakeHouseRules(houseRules);
        this.config = config;
        this.types = types;
        this.today = today;
        this.shownAs = shownAs;
        String jvmLocale = config.getJvmLocale();
        this.locale = jvmLocale == null || jvmLocale.isBlank()
                ? java.util.Locale.US
                : java.util.Locale.forLanguageTag(jvmLocale.strip().replace('_', '-'));
    }

    Optional<DocumentModel> read(String rel, Problems problems) throws IOException {
        Path path = config.getContentFolder().toPath().resolve(rel);
        String shown = shownAs + "/" + rel;
        List<String> lines;
        try {
            lines = List.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString()
                    .split("\n", -1));
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.report(Location.file(shown), ProblemCode.ENCODING_INVALID);
            return Optional.empty();
        }
        MarkupEngine engine = rel.endsWith(".md") ? new MarkdownEngine() : new RawMarkupEngine();
        DocumentModel doc = engine.parse(config, path.toFile());
        int separator = lines.indexOf(config.getHeaderSeparator());
        if (doc == null) {
            problems.report(new Location(shown, 1, 1), ProblemCode.JBAKE_HEADER_INVALID, config.getHeaderSeparator());
            return Optional.empty();
        }
        if (!types.contains(doc.getType())) {
            problems.report(
                    new Location(shown, lineOf(lines, "type=", separator), 1),
                    ProblemCode.JBAKE_TYPE_UNKNOWN,
                    doc.getType(),
                    doc.getType());
            return Optional.empty();
        }
        int dateLine = lineOf(lines, "date=", separator);
        if (dateLine == 0) {
            problems.report(new Location(shown, 1, 1), ProblemCode.JBAKE_DATE_MISSING);
        } else if (!date(
                doc,
                lines.get(dateLine - 1),
                new Location(shown, dateLine, lines.get(dateLine - 1).indexOf('=') + 2),
                problems)) {
            return Optional.empty();
        }
        addCrawlerAttributes(doc, path.toFile(), rel);
        sanitise(doc, shown, separator + 2, problems);
        return Optional.of(doc);
    }

    /**
     * The header's date read as stock JBake reads it, {@code date.format} in the language of {@code jvm.locale}
     * (which JBake sets as the JVM's default before it parses), in UTC; false, with an error, when it does not fit.
     */
    private boolean date(DocumentModel doc, String line, Location at, Problems problems) {
        String value = line.substring(line.indexOf('=') + 1).strip();
        java.text.SimpleDateFormat format = new java.text.SimpleDateFormat(config.getDateFormat(), locale);
        format.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        try {
            doc.setDate(format.parse(value));
            return true;
        } catch (java.text.ParseException e) {
            problems.report(at, ProblemCode.JBAKE_DATE_FORMAT, value, config.getDateFormat());
            return false;
        }
    }

    /** The 1-based line of the header line starting with {@code key}, or 0 when the header has none. */
    private static int lineOf(List<String> lines, String key, int separator) {
        for (int i = 0; i < Math.max(separator, 0); i++) {
            if (lines.get(i).strip().startsWith(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** What JBake 2.7's crawler sets after parsing: uri (or no-extension uri), root path, source, status by date. */
    private void addCrawlerAttributes(DocumentModel doc, File file, String rel) {
        String uri = uri(rel);
        doc.setRootPath(FileUtil.getUriPathToContentRoot(config, file));
        doc.setFile(file.getPath());
        doc.setSourceUri(uri);
        doc.setUri(uri);
        doc.setRendered(false);
        doc.setCached(true);
        if ("published-date".equals(doc.getStatus())
                && doc.getDate() != null
                && !doc.getDate()
                        .after(java.util.Date.from(
                                today.atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            doc.setStatus("published");
        }
        if (config.getUriWithoutExtension()) {
            doc.setNoExtensionUri(uri.replace("/index.html", "/"));
        }
        if (config.getImgPathUpdate()) {
            HtmlUtil.fixImageSourceUrls(doc, config);
        }
    }

    /** JBake's output uri: the file's path with the output extension, or {@code name/index.html} under the no-extension prefix. */
    String uri(String rel) {
        String folder = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/') + 1) : "";
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        String base = URLEncoder.encode(
                name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name, StandardCharsets.UTF_8);
        String prefix = config.getPrefixForUriWithoutExtension();
        boolean noExtension = config.getUriWithoutExtension()
                && prefix != null
                && !prefix.isEmpty()
                && ("/" + rel).startsWith(prefix);
        return folder + base + (noExtension ? "/index" : "") + config.getOutputExtension();
    }

    private void sanitise(DocumentModel doc, String shown, int bodyLine, Problems problems) {
        HtmlSanitizer.Sanitized clean = sanitizer.sanitize(doc.getBody() == null ? "" : doc.getBody());
        for (HtmlSanitizer.Removal removal : clean.removals()) {
            problems.report(
                    new Location(shown, Math.max(bodyLine, 1), 1), ProblemCode.JBAKE_HTML_REMOVED, removal.what());
        }
        doc.setBody(clean.html());
        houseRules.check(clean.html(), new Location(shown, Math.max(bodyLine, 1), 1), shown.endsWith(".md"), problems);
    }
}
