package nl.kennisbank.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.config.SiteSettings;
import nl.kennisbank.content.ContentLoader;
import nl.kennisbank.content.ContentSources;
import nl.kennisbank.content.FrontMatterSplitter;
import nl.kennisbank.content.JBakeHeader;
import nl.kennisbank.content.Schema;
import nl.kennisbank.content.SchemaLoader;
import nl.kennisbank.content.StaticFileTypes;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.content.VocabularyLoader;
import nl.kennisbank.jbake.JBakeSettings;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.site.source.SiteSource;
import nl.kennisbank.site.source.SourceFolders;

/** Stage 1, load: configuration, schema, vocabularies and every content file, parsed and checked field by field. */
final class SourceLoading {

    SiteSource load(BuildOptions options, Problems problems) throws IOException {
        return load(options, problems, BuildMemory.none());
    }

    /** With a preview's memory: a file whose text did not change is not parsed or checked again. */
    SiteSource load(BuildOptions options, Problems problems, BuildMemory memory) throws IOException {
        Setup setup = memory.setup(own -> setup(options, own));
        JBakeSettings jbake = setup.jbake();
        problems.addAll(setup.problems());
        ContentSources.Found found = !setup.contentInside()
                ? new ContentSources.Found(List.of(), List.of())
                : new ContentSources(
                                new StaticFileTypes(setup.settings().extraStaticTypes()),
                                jbake.headerSeparator(),
                                memory.files())
                        .walk(options.source(), jbake.contentFolder(), problems);
        ContentLoader loader = new ContentLoader(
                setup.schema().orElse(Schema.missing()),
                setup.vocabularies(),
                new FrontMatterSplitter(jbake.headerSeparator()),
                new JBakeHeader(jbake.defaultType(), jbake.defaultStatus()),
                options.today());
        return new SiteSource(
                jbake,
                setup.settings(),
                setup.schema(),
                setup.vocabularies(),
                memory.load(found.markdown(), loader, problems),
                found.staticFiles(),
                found.markdown().stream()
                        .map(nl.kennisbank.content.SourceFile::contentPath)
                        .toList(),
                setup.folders().assets());
    }

    /** What every document depends on: settings, schema and vocabularies, with the problems found in them. */
    record Setup(
            JBakeSettings jbake,
            SiteSettings settings,
            Optional<Schema> schema,
            Vocabularies vocabularies,
            SourceFolders folders,
            boolean contentInside,
            List<nl.kennisbank.problems.Problem> problems) {}

    /** Our own settings ({@code kennisbank.*} keys), checked, for either kind of site. */
    static SiteSettings settings(JBakeSettings jbake, BuildOptions options, Problems problems) throws IOException {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        Map<String, Integer> lines = new java.util.LinkedHashMap<>();
        jbake.ownKeys().forEach((k, v) -> {
            values.put(k, v.value());
            lines.put(k, v.line());
        });
        return SiteSettings.from(values, lines, options.baseUrl(), problems);
    }

    private static Setup setup(BuildOptions options, Problems problems) throws IOException {
        JBakeSettings jbake = JBakeSettings.load(options.source());
        SiteSettings settings = settings(jbake, options, problems);
        Path data = jbake.dataFolder();
        Path schemaFile = data.resolve("schema.yml");
        Optional<Schema> schema = Optional.empty();
        Vocabularies vocabularies = new Vocabularies(Map.of(), List.of(), List.of());
        if (Files.exists(schemaFile)) {
            schema = Optional.of(new SchemaLoader()
                    .load(
                            jbake.dataLabel() + "/schema.yml",
                            Files.readString(schemaFile, StandardCharsets.UTF_8),
                            problems));
            vocabularies = new VocabularyLoader().load(data, jbake.dataLabel(), problems);
        }
        SourceFolders folders = new SourceFolders(jbake);
        boolean contentInside = folders.checkInside(options.source(), problems);
        return new Setup(jbake, settings, schema, vocabularies, folders, contentInside, problems.sorted());
    }
}
