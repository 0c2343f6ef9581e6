package nl.kennisbank.content;

import java.util.Locale;
import java.util.Set;

/**
 * Which files under {@code content/} may be published as they are. Images, documents, audio and video are safe:
 * a browser does not run them. Anything that is code to a browser (HTML, script, style, SVG, XML) or unknown is
 * refused unless the site owner allows its type in {@code kennisbank.static-files.allow}. Editors' back-up and
 * lock files, and Markdown under another extension, are never published.
 */
public final class StaticFileTypes {

    /** What a file under content/ is. */
    public enum Kind {
        /** A page ({@code .md}). */
        DOCUMENT,
        /** Safe, or allowed by the site owner: copied as it is. */
        PUBLISHED,
        /** An editor's back-up, swap or lock file, or system clutter: ignored with a warning. */
        BACKUP,
        /** Markdown under another extension ({@code .MD}, {@code .markdown}): ignored with a warning. */
        OTHER_MARKDOWN,
        /** Code to a browser (HTML, script, style, SVG, XML …): refused. */
        CODE,
        /** Any other type: refused. */
        UNKNOWN
    }

    public static final Set<String> SAFE = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "avif", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt",
            "ods", "odp", "csv", "txt", "mp3", "mp4", "webm", "vtt");
    private static final Set<String> CODE = Set.of(
            "html",
            "htm",
            "xhtml",
            "shtml",
            "js",
            "mjs",
            "cjs",
            "css",
            "xml",
            "xsl",
            "xslt",
            "svg",
            "svgz",
            "json",
            "map",
            "wasm",
            "swf",
            "php",
            "htaccess",
            "webmanifest",
            "appcache");
    private static final Set<String> OTHER_MARKDOWN =
            Set.of("md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtxt", "mdtext", "rmd");
    private static final Set<String> BACKUP_EXTENSIONS =
            Set.of("orig", "rej", "bak", "swp", "swo", "swx", "tmp", "old", "save", "kate-swp");
    private static final Set<String> CLUTTER = Set.of("thumbs.db", "desktop.ini", ".ds_store");

    private final Set<String> allowed;

    /** @param extraAllowed types the site owner allows beyond {@link #SAFE} (lower case, without dot) */
    public StaticFileTypes(Set<String> extraAllowed) {
        this.allowed = Set.copyOf(extraAllowed);
    }

    public Kind classify(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        String extension = extension(name);
        if (name.endsWith("~")
                || (name.startsWith("#") && name.endsWith("#"))
                || name.startsWith(".#")
                || name.startsWith("~$")
                || lower.startsWith(".~lock.")
                || CLUTTER.contains(lower)
                || BACKUP_EXTENSIONS.contains(extension.toLowerCase(Locale.ROOT))) {
            return Kind.BACKUP;
        }
        if (extension.equals("md")) {
            return Kind.DOCUMENT;
        }
        String type = extension.toLowerCase(Locale.ROOT);
        if (OTHER_MARKDOWN.contains(type)) {
            return Kind.OTHER_MARKDOWN;
        }
        if (SAFE.contains(type) || allowed.contains(type)) {
            return Kind.PUBLISHED;
        }
        return CODE.contains(type) ? Kind.CODE : Kind.UNKNOWN;
    }

    /** The extension as written, without dot; empty when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }
}
