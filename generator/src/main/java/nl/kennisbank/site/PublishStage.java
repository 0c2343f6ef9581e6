package nl.kennisbank.site;

import java.io.IOException;
import java.nio.file.Path;
import nl.kennisbank.problems.BuildFailedException;
import nl.kennisbank.publish.AssetNames;
import nl.kennisbank.publish.HeadersFile;
import nl.kennisbank.publish.LiveOutput;
import nl.kennisbank.publish.Manifest;
import nl.kennisbank.publish.OutputFolder;
import nl.kennisbank.publish.WrittenFiles;
import nl.kennisbank.site.search.SearchStage;
import nl.kennisbank.site.source.SiteSource;

/**
 * Stages index and publish: a whole build writes the search index into its folder, adds the static files,
 * robots.txt, _headers, the web editor and the manifest (from the hashes recorded while the files were written), and swaps the staging folder in; a preview build after the
 * first moves the pages it rendered into the live output instead.
 */
final class PublishStage {

    private PublishStage() {}

    /** @return the number of static files copied */
    static int whole(
            SearchStage search,
            SiteSource source,
            Path target,
            AssetNames assets,
            boolean preview,
            OutputFolder output,
            WrittenFiles written,
            StageTimer timer)
            throws IOException, InterruptedException, BuildFailedException {
        String indexId = timer.time("index", () -> search.index(target, written));
        return timer.time("publish", () -> {
            int files = new StaticFiles().copy(source, target, assets, written);
            if (source.isKennisbank()) {
                new StaticFiles().robots(source, target, written);
                HeadersFile.write(target, source.settings().basePath(), assets, indexId, written);
                files += WebEditorOutput.write(source, target, assets, preview);
            }
            Manifest.of(target, written, OutputFolder.MARKER).write(target);
            output.publish(target);
            return files;
        });
    }

    /** The rendered pages into the live output, the pages {@code now} no longer has removed; the staging folder let go. */
    static void changed(
            BuildMemory.Published last, Assembled now, Path target, Path live, OutputFolder output, StageTimer timer)
            throws IOException, InterruptedException, BuildFailedException {
        timer.time("publish", () -> {
            new LiveOutput(live).install(target, PublishedState.removed(last, now));
            return null;
        });
        output.discard(target);
    }
}
