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
import nl.kennisbank.problems.Problems;

/**
 * Walks {@code content/}: Markdown files become {@link SourceFile}s, other files are static files copied as they
 * are. Files that are too large, not UTF-8, hidden, or links leaving the folder are problems, never silently read.
 */
public final class ContentSources {

    /** Larger Markdown files are refused: a knowledge-base page of 1 MiB is a mistake, not a page. */
    public static final long MAX_MARKDOWN_BYTES = 1L << 20;

    /** What the walk found. */
    public record Found(List<SourceFile> markdown, List<String> staticFiles) {
    }

    public Found walk(Path sourceRoot, Path contentDir, Problems problems) throws IOException {
        List<SourceFile> markdown = new ArrayList<>();
        List<String> staticFiles = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            problems.error(Location.file("content"), "CONTENT_MISSING", "De map content/ ontbreekt. Maak haar aan of geef met --source de map van de site op.");
            return new Found(markdown, staticFiles);
        }
        Path realContent = contentDir.toRealPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            files = walk.filter(p -> !Files.isDirectory(p)).sorted().toList();
        }
        List<Path> toRead = new ArrayList<>();
        for (Path file : files) {
            String rel = contentDir.relativize(file).toString().replace('\\', '/');
            if (rel.startsWith(".") || rel.contains("/.")) {
                continue;
            }
            if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(realContent)) {
                problems.error(Location.file("content/" + rel), "PATH_ESCAPES", "Dit bestand is een koppeling naar een plek buiten content/. Zet het echte bestand in content/.");
                continue;
            }
            if (rel.endsWith(".md")) {
                toRead.add(file);
            } else {
                staticFiles.add(rel);
            }
        }
        // reading and decoding is independent per file: both cores do it
        markdown.addAll(toRead.parallelStream().map(file -> {
            String rel = contentDir.relativize(file).toString().replace('\\', '/');
            try {
                return read(file, "content/" + rel, rel, problems);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).flatMap(Optional::stream).toList());
        return new Found(markdown, staticFiles);
    }

    private Optional<SourceFile> read(Path file, String path, String rel, Problems problems) throws IOException {
        long size = Files.size(file);
        if (size > MAX_MARKDOWN_BYTES) {
            problems.error(Location.file(path), "FILE_TOO_LARGE", "Dit bestand is " + size / 1024 + " KiB; de grens is 1024 KiB. Splits de tekst in meer pagina's of hoofdstukken.");
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(new SourceFile(path, rel, text.replace("\r\n", "\n")));
        } catch (CharacterCodingException e) {
            problems.error(Location.file(path), "ENCODING_INVALID", "Dit bestand is geen UTF-8. Sla het op als UTF-8 (in de meeste editors: 'Opslaan als' → codering UTF-8).");
            return Optional.empty();
        }
    }
}
