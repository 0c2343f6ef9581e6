package nl.kennisbank.jbake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/**
 * Walks a JBake-format site's content folder the way JBake 2.7's crawler does: hidden files and every folder
 * holding the ignore file ({@code ignore.file}, {@code .jbakeignore}) are left out; {@code .md} and {@code .html}
 * files are documents, and so are {@code .htm} files (which stock JBake copies as they are, header and all); AsciiDoc files are refused, since no AsciiDoc engine is on the classpath;
 * the rest are static files. Links leaving the folder and files over the size limit are refused, as for any site.
 */
final class JBakeCrawl {

    /** Larger documents are refused, as in a knowledge-base site. */
    static final long MAX_DOCUMENT_BYTES = 1L << 20;

    private static final Set<String> DOCUMENTS = Set.of("md", "html", "htm");
    private static final Set<String> ASCIIDOC = Set.of("ad", "adoc", "asciidoc");

    /** What the walk found, paths relative to the folder walked. */
    record Found(List<String> documents, List<String> staticFiles) {}

    private final String ignoreFile;

    JBakeCrawl(String ignoreFile) {
        this.ignoreFile = ignoreFile;
    }

    /**
     * The files of {@code folder} JBake would see, in the order its crawler reads them (each folder's entries sorted
     * by name, sub-folders where they sort), without hidden files and folders holding the ignore file.
     */
    List<String> visible(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            collect(folder, folder, files);
        }
        return files;
    }

    private void collect(Path root, Path dir, List<String> files) throws IOException {
        if (Files.exists(dir.resolve(ignoreFile))) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                collect(root, entry, files);
            } else {
                files.add(root.relativize(entry).toString().replace('\\', '/'));
            }
        }
    }

    Found walk(Path content, String shownAs, Problems problems) throws IOException {
        List<String> documents = new ArrayList<>();
        List<String> statics = new ArrayList<>();
        Path real = Files.isDirectory(content) ? content.toRealPath() : content;
        for (String rel : visible(content)) {
            Path file = content.resolve(rel);
            Location at = Location.file(shownAs + "/" + rel);
            String ext = rel.substring(rel.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (Files.isSymbolicLink(file)
                    && (!Files.exists(file) || !file.toRealPath().startsWith(real))) {
                problems.report(at, ProblemCode.PATH_ESCAPES_LINK_FILE);
            } else if (ASCIIDOC.contains(ext)) {
                problems.report(at, ProblemCode.JBAKE_ASCIIDOC);
            } else if (DOCUMENTS.contains(ext) && Files.size(file) > MAX_DOCUMENT_BYTES) {
                problems.report(at, ProblemCode.FILE_TOO_LARGE, Files.size(file) / 1024, MAX_DOCUMENT_BYTES / 1024);
            } else if (DOCUMENTS.contains(ext)) {
                documents.add(rel);
            } else {
                statics.add(rel);
            }
        }
        return new Found(documents, statics);
    }
}
