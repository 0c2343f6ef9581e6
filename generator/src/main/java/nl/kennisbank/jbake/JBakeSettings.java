package nl.kennisbank.jbake;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.JBakeException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * The site's {@code jbake.properties}, read by JBake's own configuration code (with JBake's defaults), and the
 * few typed values the rest of the build needs from it. Keys starting with {@code kennisbank.} are ours.
 */
public final class JBakeSettings {

    private final File source;
    private final DefaultJBakeConfiguration loaded;

    private JBakeSettings(File source, DefaultJBakeConfiguration loaded) {
        this.source = source;
        this.loaded = loaded;
    }

    /** The configuration cannot be read; the message says so in Dutch. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** @throws Unreadable with a Dutch message when the source folder or the file cannot be read */
    public static JBakeSettings load(Path sourceRoot) {
        if (!java.nio.file.Files.isDirectory(sourceRoot)) {
            throw new Unreadable(
                    "De bronmap " + sourceRoot.toAbsolutePath()
                            + " bestaat niet. Geef met --source de map van de site op.",
                    null);
        }
        try {
            File source = sourceRoot.toFile();
            return new JBakeSettings(
                    source, new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source, source, false));
        } catch (JBakeException e) {
            throw new Unreadable(
                    "jbake.properties kon niet gelezen worden. Controleer of elke regel de vorm 'sleutel=waarde' heeft.",
                    e);
        }
    }

    DefaultJBakeConfiguration configurationFor(Path destination) {
        DefaultJBakeConfiguration cfg =
                new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source, destination.toFile(), false);
        cfg.setDestinationFolder(destination.toFile());
        return cfg;
    }

    public String string(String key, String fallback) {
        Object value = loaded.get(key);
        if (value instanceof java.util.Collection<?> list) {
            value = String.join(",", list.stream().map(String::valueOf).toList());
        }
        return value == null || value.toString().isBlank()
                ? fallback
                : value.toString().trim();
    }

    /** The page types whose template ({@code template.<type>.file}) is this file, relative to the template folder. */
    public java.util.Set<String> typesUsing(String template) {
        java.util.Set<String> types = new java.util.TreeSet<>();
        java.util.Iterator<String> keys = loaded.getKeys();
        while (keys.hasNext()) {
            String key = keys.next();
            if (key.startsWith("template.") && key.endsWith(".file") && template.equals(string(key, ""))) {
                types.add(key.substring("template.".length(), key.length() - ".file".length()));
            }
        }
        return types;
    }

    public boolean flag(String key) {
        return "true".equalsIgnoreCase(string(key, "false"));
    }

    public String headerSeparator() {
        return loaded.getHeaderSeparator();
    }

    public String defaultType() {
        return string("default.type", "");
    }

    public String defaultStatus() {
        return string("default.status", "draft");
    }

    public Path contentFolder() {
        return loaded.getContentFolder().toPath();
    }

    public Path templateFolder() {
        return loaded.getTemplateFolder().toPath();
    }

    public Path assetFolder() {
        return loaded.getAssetFolder().toPath();
    }

    public Path dataFolder() {
        return source.toPath().resolve(dataLabel());
    }

    /** The data folder as messages name it: as {@code data.folder} says, with forward slashes ({@code data} by default). */
    public String dataLabel() {
        String folder = string("data.folder", "data").replace('\\', '/');
        return folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    }

    /**
     * True for a knowledge-base site ({@code schema.yml} in the data folder, or Markdown with YAML front matter, whose
     * missing schema is then reported): our schema, typed pages and house rules. False for a JBake-format site, which is read and rendered as JBake 2.7 does ({@link JBakeSite}).
     */
    public boolean isKnowledgeBase() {
        return java.nio.file.Files.exists(dataFolder().resolve("schema.yml")) || hasYamlFrontMatter(contentFolder());
    }

    /** A Markdown file starting with {@code ---} is a knowledge-base page whose schema went missing, not a JBake page. */
    private static boolean hasYamlFrontMatter(Path content) {
        if (!java.nio.file.Files.isDirectory(content)) {
            return false;
        }
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(content)) {
            return walk.filter(p -> p.toString().endsWith(".md") && java.nio.file.Files.isRegularFile(p))
                    .anyMatch(JBakeSettings::startsWithYaml);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static boolean startsWithYaml(Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            String start = new String(in.readNBytes(16), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
            return start.startsWith("---");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The site root, the folder jbake.properties is in. */
    public Path root() {
        return source.toPath();
    }

    /** JBake's own configuration object, for JBake's parser and renderer. */
    DefaultJBakeConfiguration configuration() {
        return loaded;
    }

    /** The document types JBake 2.7 knows for this site: every {@code template.<type>.file} key, defaults included. */
    java.util.Set<String> documentTypes() {
        return new java.util.TreeSet<>(loaded.getDocumentTypes());
    }

    /** The 1-based line of {@code key=} in the site's jbake.properties, or 1 when the key is not written there. */
    public int lineOf(String key) throws java.io.IOException {
        Path file = source.toPath().resolve("jbake.properties");
        if (java.nio.file.Files.exists(file)) {
            List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith(key) && line.substring(key.length()).strip().matches("^[=:].*")) {
                    return i + 1;
                }
            }
        }
        return 1;
    }

    /**
     * The {@code kennisbank.*} keys written in the site's own jbake.properties, with their line numbers (JBake's
     * composite configuration also holds system properties, which are not the site's settings).
     */
    public Map<String, Setting> ownKeys() throws java.io.IOException {
        Map<String, Setting> own = new LinkedHashMap<>();
        Path file = source.toPath().resolve("jbake.properties");
        if (!java.nio.file.Files.exists(file)) {
            return own;
        }
        List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        java.util.Properties raw = new java.util.Properties();
        try (var reader = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            raw.load(reader);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("kennisbank.")) {
                int sep = line.replace(':', '=').indexOf('=');
                String key = (sep < 0 ? line : line.substring(0, sep)).strip();
                // Read as written: JBake's configuration splits values at commas and joins them without the spaces.
                own.put(key, new Setting(raw.getProperty(key, "").strip(), i + 1));
            }
        }
        return own;
    }

    /** One of our settings: its value and the line it is on. */
    public record Setting(String value, int line) {}
}
