package nl.kennisbank.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/**
 * Walks {@code content/}: Markdown files become {@link SourceFile}s; other files are static files copied as they
 * are when {@link StaticFileTypes} allows their type. Files that are too large, not UTF-8, links leaving the folder,
 * of a refused type, back-ups or .html with a JBake header are problems, never silently read or published.
 */
public final class ContentSources {

    /** Larger Markdown files are refused: a knowledge-base page of 1 MiB is a mistake, not a page. */
    public static final long MAX_MARKDOWN_BYTES = 1L << 20;

    /** What the walk found. */
    public record Found(List<SourceFile> markdown, List<String> staticFiles) {}

    private final StaticFileTypes types;
    private final String jbakeSeparator;
    private final KnownFiles known;

    /** @param jbakeSeparator the line that closes a JBake header, so an .html file with one is recognised */
    public ContentSources(StaticFileTypes types, String jbakeSeparator) {
        this(types, jbakeSeparator, KnownFiles.none());
    }

    /** @param known files read by earlier walks (the preview's), not read again while unchanged */
    public ContentSources(StaticFileTypes types, String jbakeSeparator, KnownFiles known) {
        this.types = types;
        this.jbakeSeparator = jbakeSeparator;
        this.known = known;
    }

    public Found walk(Path sourceRoot, Path contentDir, Problems problems) throws IOException {
        List<SourceFile> markdown = new ArrayList<>();
        List<String> staticFiles = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            problems.report(Location.file("content"), ProblemCode.CONTENT_MISSING);
            known.listed(null);
            return new Found(markdown, staticFiles);
        }
        Path realContent = contentDir.toRealPath();
        // the preview's watcher names every changed path: then only those are looked at again, not all of content/
        boolean watched = known.watched() && isWatchedFolder(sourceRoot, contentDir);
        java.util.NavigableMap<Path, Examined> listing = known.takeListing(); // back once this walk is done
        java.util.Collection<String> named = known.takeRelisted();
        if (!watched || listing != null && !relist(listing, contentDir, realContent, named)) {
            listing = null;
        }
        boolean walked = listing == null;
        if (walked) {
            listing = new java.util.TreeMap<>();
            try (Stream<Path> walk = Files.walk(contentDir)) {
                for (Path file :
                        walk.filter(p -> !Files.isDirectory(p)).sorted().toList()) {
                    listing.put(file, examine(file, contentDir, realContent));
                }
            }
        }
        known.listed(watched ? listing : null);
        List<Path> toRead = new ArrayList<>();
        for (Examined file : listing.values()) {
            problems.addAll(file.problems());
            switch (file.use()) {
                case MARKDOWN -> toRead.add(file.file());
                case STATIC ->
                    staticFiles.add(
                            contentDir.relativize(file.file()).toString().replace('\\', '/'));
                case NONE -> {}
            }
        }
        // unchanged files are taken from the memory without a look at their attributes only when no walk was needed
        boolean trusted = watched && !walked;
        // reading and decoding is independent per file: both cores do it
        markdown.addAll(toRead.parallelStream()
                .map(file -> {
                    String rel = contentDir.relativize(file).toString().replace('\\', '/');
                    try {
                        return known.read(
                                file,
                                "content/" + rel,
                                trusted,
                                problems,
                                own -> read(file, "content/" + rel, rel, own));
                    } catch (IOException e) {
                        problems.report(
                                Location.file("content/" + rel),
                                ProblemCode.FILE_UNREADABLE,
                                e.getClass().getSimpleName());
                        return Optional.<SourceFile>empty();
                    }
                })
                .flatMap(Optional::stream)
                .toList());
        known.retain(toRead.stream()
                .map(file -> "content/" + contentDir.relativize(file).toString().replace('\\', '/'))
                .collect(java.util.stream.Collectors.toSet()));
        return new Found(markdown, staticFiles);
    }

    /** How the walk takes one file: read as Markdown, published as a static file, or neither; with its problems. */
    record Examined(Path file, Use use, List<nl.kennisbank.problems.Problem> problems) {}

    /** What the walk does with a file. */
    enum Use {
        MARKDOWN,
        STATIC,
        NONE
    }

    /** True when {@code contentDir} is the {@code content} folder the preview's watcher reports paths under. */
    private static boolean isWatchedFolder(Path sourceRoot, Path contentDir) {
        return contentDir
                .toAbsolutePath()
                .normalize()
                .equals(sourceRoot.toAbsolutePath().normalize().resolve("content"));
    }

    /**
     * Brings the last walk's listing up to date with the paths the watcher named (relative to the source root):
     * each named file is examined again, a deleted one leaves the listing.
     *
     * @return false when a named path is or was a folder: then only a walk gives what a walk gives
     */
    private boolean relist(
            java.util.NavigableMap<Path, Examined> listing,
            Path contentDir,
            Path realContent,
            java.util.Collection<String> named)
            throws IOException {
        for (String path : named) {
            if (!path.startsWith("content/")) {
                continue;
            }
            Path file = contentDir.resolve(path.substring("content/".length()));
            if (Files.isDirectory(file)
                    || listing.keySet().stream().anyMatch(p -> p.startsWith(file) && !p.equals(file))) {
                return false;
            }
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                listing.put(file, examine(file, contentDir, realContent));
            } else {
                listing.remove(file);
            }
        }
        return true;
    }

    /** One file of the walk, as the walk takes it. */
    private Examined examine(Path file, Path contentDir, Path realContent) throws IOException {
        String rel = contentDir.relativize(file).toString().replace('\\', '/');
        Problems problems = new Problems();
        StaticFileTypes.Kind kind = types.classify(rel);
        boolean hidden = rel.startsWith(".") || rel.contains("/.");
        if (hidden && kind != StaticFileTypes.Kind.BACKUP
                || hidden && rel.toLowerCase(java.util.Locale.ROOT).endsWith(".ds_store")) {
            return new Examined(file, Use.NONE, List.of());
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            problems.report(Location.file("content/" + rel), ProblemCode.LINK_DANGLING, Files.readSymbolicLink(file));
            return new Examined(file, Use.NONE, problems.sorted());
        }
        if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(realContent)) {
            problems.report(Location.file("content/" + rel), ProblemCode.PATH_ESCAPES_LINK_FILE);
            return new Examined(file, Use.NONE, problems.sorted());
        }
        if (!Files.isRegularFile(file)) {
            // a named pipe, socket or device: reading one waits for a writer forever or fails, copying one too
            problems.report(Location.file("content/" + rel), ProblemCode.FILE_UNREADABLE, "geen gewoon bestand");
            return new Examined(file, Use.NONE, problems.sorted());
        }
        Use use = Use.NONE;
        switch (kind) {
            case DOCUMENT -> use = Use.MARKDOWN;
            case PUBLISHED -> use = publishable(file, rel, problems) ? Use.STATIC : Use.NONE;
            default -> refuse(file, rel, kind, problems);
        }
        return new Examined(file, use, problems.sorted());
    }

    /** True when the file is published as it is; false (with a problem) for .html with a JBake header. */
    private boolean publishable(Path file, String rel, Problems problems) throws IOException {
        String type = StaticFileTypes.extension(rel).toLowerCase(java.util.Locale.ROOT);
        if ((type.equals("html") || type.equals("htm")) && hasJBakeHeader(file)) {
            problems.report(Location.file("content/" + rel), ProblemCode.HTML_DOCUMENT_UNSUPPORTED);
            return false;
        }
        return true;
    }

    private void refuse(Path file, String rel, StaticFileTypes.Kind kind, Problems problems) throws IOException {
        Location at = Location.file("content/" + rel);
        String type = StaticFileTypes.extension(rel.substring(rel.lastIndexOf('/') + 1))
                .toLowerCase(java.util.Locale.ROOT);
        switch (kind) {
            case BACKUP -> problems.report(at, ProblemCode.FILE_IGNORED_BACKUP);
            case OTHER_MARKDOWN ->
                problems.report(
                        at,
                        ProblemCode.FILE_IGNORED_MARKDOWN,
                        rel.substring(rel.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", ".md"));
            case CODE -> {
                if (type.startsWith("svg")) {
                    problems.report(at, ProblemCode.FILE_TYPE_SVG);
                } else if (type.startsWith("htm") && hasJBakeHeader(file)) {
                    problems.report(at, ProblemCode.HTML_DOCUMENT_UNSUPPORTED);
                } else {
                    problems.report(at, ProblemCode.FILE_TYPE_CODE, type);
                }
            }
            default ->
                problems.report(
                        at,
                        ProblemCode.FILE_TYPE_UNKNOWN,
                        type.isEmpty() ? "zonder extensie" : "." + type,
                        String.join(", ", new java.util.TreeSet<>(StaticFileTypes.SAFE)));
        }
    }

    /** True when the file starts with a JBake header: key=value lines closed by the separator line. */
    private boolean hasJBakeHeader(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            for (int n = 0; n < 200 && (line = in.readLine()) != null; n++) {
                String trimmed = line.strip();
                if (trimmed.equals(jbakeSeparator)) {
                    return n > 0;
                }
                if (!trimmed.isEmpty() && !trimmed.contains("=")) {
                    return false;
                }
            }
        }
        return false;
    }

    private Optional<SourceFile> read(Path file, String path, String rel, Problems problems) throws IOException {
        long size = Files.size(file);
        if (size > MAX_MARKDOWN_BYTES) {
            problems.report(Location.file(path), ProblemCode.FILE_TOO_LARGE, size / 1024, MAX_MARKDOWN_BYTES / 1024);
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            while (text.startsWith("\uFEFF")) {
                text = text.substring(1); // editors sometimes write the byte-order mark twice
            }
            // Windows (CR LF) and old Mac (CR alone) line endings become LF, so lines and columns count the same
            return Optional.of(
                    new SourceFile(path, rel, text.replace("\r\n", "\n").replace('\r', '\n')));
        } catch (CharacterCodingException e) {
            problems.report(Location.file(path), ProblemCode.ENCODING_INVALID);
            return Optional.empty();
        }
    }
}
