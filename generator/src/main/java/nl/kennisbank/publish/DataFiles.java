package nl.kennisbank.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Writes the assembled data files (open data downloads) into the staged site, as UTF-8. */
public final class DataFiles {

    private DataFiles() {}

    /** Writes each site-relative path's text, recording its hash; returns the number of files written. */
    public static int write(Map<String, String> files, Path site, WrittenFiles written) throws IOException {
        for (var file : files.entrySet()) {
            written.writeMakingFolder(site, file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return files.size();
    }
}
