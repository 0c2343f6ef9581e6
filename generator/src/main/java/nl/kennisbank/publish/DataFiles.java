package nl.kennisbank.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes the assembled data files (open data downloads) into the staged site, as UTF-8. */
public final class DataFiles {

    private DataFiles() {}

    /** Writes each site-relative path's text; returns the number of files written. */
    public static int write(Map<String, String> files, Path site) throws IOException {
        for (var file : files.entrySet()) {
            Path target = site.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        return files.size();
    }
}
