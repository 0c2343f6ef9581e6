package nl.kennisbank.site.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.kennisbank.jbake.JBakeSettings;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/**
 * The folders {@code jbake.properties} names (content, templates, assets, data), resolved by real path with links
 * followed: each must lie inside the site, so nothing from elsewhere on the machine is published, and the output
 * may not lie inside any of them, so a build never republishes the previous site.
 */
public final class SourceFolders {

    private final JBakeSettings jbake;
    private final Map<String, Path> folders = new LinkedHashMap<>();

    public SourceFolders(JBakeSettings jbake) {
        this.jbake = jbake;
        folders.put("content.folder", jbake.contentFolder());
        folders.put("template.folder", jbake.templateFolder());
        folders.put("asset.folder", jbake.assetFolder());
        folders.put("data.folder", jbake.dataFolder());
    }

    /** Reports every folder outside the site root; returns false when the content folder is one of them. */
    public boolean checkInside(Path root, Problems problems) throws IOException {
        Path realRoot = root.toRealPath();
        boolean contentInside = true;
        for (Map.Entry<String, Path> folder : folders.entrySet()) {
            Path path = folder.getValue().toAbsolutePath().normalize();
            Path real = Files.exists(path) ? path.toRealPath() : path;
            if (!real.startsWith(realRoot)
                    || !path.startsWith(root.toAbsolutePath().normalize())) {
                problems.report(
                        new Location("jbake.properties", jbake.lineOf(folder.getKey()), 1),
                        ProblemCode.CONFIG_FOLDER_OUTSIDE,
                        folder.getKey(),
                        jbake.string(folder.getKey(), ""),
                        realRoot);
                contentInside &= !folder.getKey().equals("content.folder");
            }
        }
        for (Path link : assetLinksOutside()) {
            problems.report(
                    Location.file(root.toAbsolutePath()
                            .normalize()
                            .relativize(link)
                            .toString()
                            .replace('\\', '/')),
                    ProblemCode.ASSET_LINK_ESCAPES);
        }
        return contentInside;
    }

    /** @throws IllegalStateException with a Dutch message when the output lies inside a source folder */
    public void checkOutput(Path output) {
        Path out = output.toAbsolutePath().normalize();
        for (Map.Entry<String, Path> folder : folders.entrySet()) {
            Path path = folder.getValue().toAbsolutePath().normalize();
            if (out.startsWith(path)
                    || out.startsWith(realOrSelf(path))
                    || realOrSelf(out).startsWith(realOrSelf(path))) {
                throw new IllegalStateException(
                        "De uitvoermap " + out + " ligt in " + path.getFileName() + "/ (" + folder.getKey()
                                + "), waaruit de site gemaakt wordt: elke build zou de vorige site opnieuw publiceren. Kies een map daarbuiten met --output, bijvoorbeeld target/site.");
            }
        }
    }

    /** The asset files to publish, relative to the asset folder: regular, not hidden, not a link leaving the folder. */
    public List<String> assets() throws IOException {
        Path assets = jbake.assetFolder();
        List<String> files = new ArrayList<>();
        if (!Files.isDirectory(assets)) {
            return files;
        }
        Path real = assets.toRealPath();
        for (Path file : walk(assets)) {
            String rel = assets.relativize(file).toString().replace('\\', '/');
            if (!rel.startsWith(".")
                    && !rel.contains("/.")
                    && Files.isRegularFile(file)
                    && file.toRealPath().startsWith(real)) {
                files.add(rel);
            }
        }
        return files;
    }

    private List<Path> assetLinksOutside() throws IOException {
        Path assets = jbake.assetFolder();
        if (!Files.isDirectory(assets)) {
            return List.of();
        }
        Path real = assets.toRealPath();
        List<Path> outside = new ArrayList<>();
        for (Path file : walk(assets)) {
            if (Files.isSymbolicLink(file)
                    && (!Files.exists(file) || !file.toRealPath().startsWith(real))) {
                outside.add(file);
            }
        }
        return outside;
    }

    private static List<Path> walk(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !Files.isDirectory(p)).sorted().toList();
        }
    }

    private static Path realOrSelf(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? path : existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException e) {
            return path;
        }
    }
}
