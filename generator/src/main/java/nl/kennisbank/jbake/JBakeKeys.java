package nl.kennisbank.jbake;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/**
 * Checks the keys a JBake-format site writes in its {@code jbake.properties}: JBake 2.7 keys this generator honours
 * pass; JBake keys it does not use are named with the reason; any other key passes when a template reads it (as
 * {@code config.<key with _ for .>}) and is otherwise named as a likely typo. Nothing is silently dropped.
 */
final class JBakeKeys {

    /** JBake 2.7 keys that shape the output here exactly as in stock JBake. */
    static final Set<String> SUPPORTED = Set.of(
            "template.folder",
            "content.folder",
            "asset.folder",
            "data.folder",
            "render.index",
            "index.file",
            "render.feed",
            "feed.file",
            "render.error404",
            "error404.file",
            "render.archive",
            "archive.file",
            "render.sitemap",
            "sitemap.file",
            "render.tags",
            "render.tagsindex",
            "tag.path",
            "tag.sanitize",
            "output.extension",
            "draft.suffix",
            "date.format",
            "default.status",
            "default.type",
            "markdown.extensions",
            "uri.noExtension",
            "uri.noExtension.prefix",
            "index.paginate",
            "index.posts_per_page",
            "site.host",
            "header.separator",
            "img.path.update",
            "img.path.prepend.host",
            "ignore.file",
            "jvm.locale",
            "render.encoding",
            "template.encoding");

    /** JBake 2.7 keys not used here, with why (in Dutch, for the warning). */
    static final Map<String, String> UNSUPPORTED = Map.ofEntries(
            Map.entry("db.store", "er is geen OrientDB-database; alles staat in het geheugen."),
            Map.entry("db.path", "er is geen OrientDB-database; alles staat in het geheugen."),
            Map.entry("db.clear.cache", "er is geen cache; elke build leest alles opnieuw."),
            Map.entry("destination.folder", "de uitvoermap kies je met --output (standaard target/site)."),
            Map.entry("server.port", "de voorvertoning start je met './kennisbank serve --port …'."),
            Map.entry("server.hostname", "de voorvertoning luistert alleen op deze computer."),
            Map.entry("server.contextPath", "de voorvertoning serveert de site vanaf /."),
            Map.entry("asset.ignore", "verborgen bestanden (die met een punt beginnen) worden nooit gepubliceerd."),
            Map.entry("thymeleaf.locale", "alleen FreeMarker-templates worden ondersteund."),
            Map.entry(
                    "freemarker.timezone",
                    "templates rekenen altijd in UTC, zodat de uitvoer niet van de computer afhangt."),
            Map.entry("freemarker.outputencoding", "de uitvoer is altijd UTF-8."),
            Map.entry(
                    "markdown.maxParsingTimeInMillis",
                    "Markdown wordt zonder tijdslimiet verwerkt; een te groot bestand wordt geweigerd."),
            Map.entry("data.file.docType", "databestanden lees je in templates met data.get('naam.yaml')."));

    private final JBakeSettings settings;

    JBakeKeys(JBakeSettings settings) {
        this.settings = settings;
    }

    void check(Problems problems) throws IOException {
        Path file = settings.root().resolve("jbake.properties");
        if (!Files.exists(file)) {
            return;
        }
        Properties written = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            written.load(in);
        }
        String templates = templateText();
        for (String key : new TreeSet<>(written.stringPropertyNames())) {
            Location at = new Location("jbake.properties", settings.lineOf(key), 1);
            String reason = unsupported(key, written.getProperty(key));
            if (reason != null) {
                problems.report(at, ProblemCode.JBAKE_SETTING_UNSUPPORTED, key, reason);
            } else if (!known(key) && !templates.contains(key.replace('.', '_')) && !templates.contains(key)) {
                problems.report(at, ProblemCode.JBAKE_SETTING_UNKNOWN, key, key.replace('.', '_'));
            }
        }
    }

    private static String unsupported(String key, String value) {
        if (UNSUPPORTED.containsKey(key)) {
            return UNSUPPORTED.get(key);
        }
        if (key.startsWith("asciidoctor.")) {
            return "AsciiDoc wordt niet ondersteund.";
        }
        if (key.startsWith("example.project.")) {
            return "een nieuwe pagina maak je met './kennisbank new'.";
        }
        if (key.startsWith("template.") && key.endsWith(".thymeleaf.mode")) {
            return "alleen FreeMarker-templates worden ondersteund.";
        }
        if ((key.equals("render.encoding") || key.equals("template.encoding"))
                && !value.strip().equalsIgnoreCase("UTF-8")) {
            return "bestanden worden altijd als UTF-8 gelezen; sla ze op als UTF-8 en laat deze regel weg.";
        }
        return null;
    }

    private static boolean known(String key) {
        return SUPPORTED.contains(key)
                || key.startsWith("kennisbank.")
                || key.startsWith("template.") && (key.endsWith(".file") || key.endsWith(".extension"));
    }

    private String templateText() throws IOException {
        Path folder = settings.templateFolder();
        if (!Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path template : walk.filter(Files::isRegularFile).sorted().toList()) {
                all.append(new String(Files.readAllBytes(template), StandardCharsets.ISO_8859_1))
                        .append('\n');
            }
        }
        return all.toString();
    }
}
