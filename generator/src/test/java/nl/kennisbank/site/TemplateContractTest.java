package nl.kennisbank.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.jbake.GlobalModel;
import nl.kennisbank.jbake.JBakeRendering;
import nl.kennisbank.jbake.JBakeSettings;
import nl.kennisbank.jbake.PageContent;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.pages.Absent;
import nl.kennisbank.pages.PageFrame;
import nl.kennisbank.pages.SiteModel;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.site.search.SearchStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page records are the whole contract between the build and the knowledge base's templates. Every template is
 * rendered with every record of the page types it serves, once with every value present (each {@code ??} branch,
 * each list body and each {@code true} branch runs) and once with every value empty ({@link Absent} ones missing,
 * lists empty, numbers 0, {@code false}): a name a template reads that its record does not have fails, and so does
 * a value read without {@code ??} that the record may leave out. The {@code site} model every page reads is filled
 * the same way ({@link SiteModel}), and the feed and sitemap are rendered with it.
 */
class TemplateContractTest {

    static Stream<Arguments> sites() {
        return Stream.of(
                Arguments.of("the example site", ExampleSite.root()),
                Arguments.of("the golden site", FixtureSites.golden()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyTemplateRendersEveryRecordOfItsPageTypesFullAndEmpty(String name, Path source, @TempDir Path tmp)
            throws Exception {
        BuildMemory memory = BuildMemory.forPreview();
        BuildReport report = new SitePipeline(SearchStage.NONE)
                .preview(
                        new BuildOptions(source, tmp.resolve("site"), Optional.empty(), false, 1, FixtureSites.TODAY),
                        memory,
                        Set.of());
        assertTrue(report.succeeded(), () -> report.problems().toString());
        BuildMemory.Published published = memory.published();
        JBakeSettings settings = JBakeSettings.load(source);
        Map<String, List<Class<?>>> shapes = new TreeMap<>();
        for (PageSpec page : published.pages().values()) {
            List<Class<?>> parts = ((PageContent.Typed) page.content())
                    .parts().stream().<Class<?>>map(Object::getClass).toList();
            List<Class<?>> known = shapes.putIfAbsent(page.type(), parts);
            assertTrue(
                    known == null || known.equals(parts),
                    () -> "page type " + page.type() + " has two shapes: " + known + ", " + parts);
        }
        assertEquals(
                pageTypes(source),
                shapes.keySet(),
                "every page type with a template has records, and every page type has a template");

        List<String> failures = new ArrayList<>();
        for (boolean full : new boolean[] {true, false}) {
            List<PageSpec> samples = new ArrayList<>();
            for (var shape : shapes.entrySet()) {
                String uri = "contract/" + shape.getKey() + (full ? "/vol/" : "/leeg/") + "index.html";
                List<Record> parts = new ArrayList<>();
                for (Class<?> part : shape.getValue()) {
                    parts.add(part == PageFrame.class ? frame(shape.getKey(), uri, full) : (Record) sample(part, full));
                }
                samples.add(new PageSpec(shape.getKey(), uri, "Titel", null, List.of(), new PageContent.Typed(parts)));
            }
            Map<String, Object> site =
                    new java.util.LinkedHashMap<>(GlobalModel.of((Record) sample(SiteModel.class, full)));
            site.put(
                    "assets",
                    ((Map<?, ?>) published.globals().get("site")).get("assets")); // the templates name real files
            Map<String, Object> globals = new java.util.HashMap<>(published.globals());
            globals.put("site", site);
            JBakeRendering rendering = new JBakeRendering(
                    settings,
                    tmp.resolve("contract"),
                    samples,
                    globals,
                    false,
                    new nl.kennisbank.publish.WrittenFiles());
            for (PageSpec sample : samples) {
                rendering.page(sample).map(Problem::format).ifPresent(failures::add);
            }
            rendering.feed("feed.xml").map(Problem::format).ifPresent(failures::add);
            rendering.sitemap("sitemap.xml").map(Problem::format).ifPresent(failures::add);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aTemplateThatReadsANameItsRecordDoesNotHaveFailsAtThatLineEvenBehindAQuestionMarkTest(@TempDir Path tmp)
            throws Exception {
        Path source = tmp.resolve("bron");
        FixtureSites.copyTree(FixtureSites.golden(), source);
        Path template = source.resolve("templates/praktijkvoorbeeld.ftlh");
        Files.writeString(
                template, Files.readString(template).replaceFirst("\n", "\n<#if content.afbeelding??>x</#if>\n"));

        BuildReport report = new SitePipeline(SearchStage.NONE)
                .build(new BuildOptions(source, tmp.resolve("site"), Optional.empty(), false, 1));

        assertFalse(report.succeeded());
        Problem problem = report.problems().get(0);
        assertEquals("templates/praktijkvoorbeeld.ftlh", problem.path());
        assertEquals(2, problem.line());
        assertTrue(
                problem.message()
                        .contains(
                                "De pagina heeft geen waarde 'content.afbeelding' (in templates/praktijkvoorbeeld.ftlh, regel 2,"
                                        + " kolom 1). Controleer de naam in de template. Namen die er wel zijn: isoDate, archived, facts, related, image,"),
                problem.message());
    }

    /** The types of {@code template.<type>.file} in the site's own jbake.properties, without JBake's feed and sitemap. */
    private static Set<String> pageTypes(Path source) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = Files.newBufferedReader(source.resolve("jbake.properties"))) {
            properties.load(in);
        }
        Set<String> types = new java.util.TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("template.") && key.endsWith(".file")) {
                types.add(key.substring("template.".length(), key.length() - ".file".length()));
            }
        }
        types.removeAll(Set.of("feed", "sitemap"));
        return types;
    }

    private static PageFrame frame(String type, String uri, boolean full) {
        String url = uri.replaceFirst("index\\.html$", "");
        return new PageFrame(
                type,
                "Titel",
                url,
                full ? "Beschrijving" : "",
                full ? "https://example.org/" + url : "",
                "../../../",
                full
                        ? List.of(new PageFrame.Crumb("Home", ""), new PageFrame.Crumb("Titel", ""))
                        : List.of(new PageFrame.Crumb("Titel", "")),
                "{}",
                full ? List.of(new PageFrame.TocEntry(2, "kop", "Kop")) : List.of(),
                full ? "content/x.md" : "");
    }

    /** A value of {@code type}: with everything present and true, or everything empty, 0 and false. */
    private static Object sample(Type type, boolean full) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return full ? List.of(sample(list.getActualTypeArguments()[0], true)) : List.of();
        }
        if (type instanceof ParameterizedType map && map.getRawType() == Map.class) {
            return Map.of();
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return full ? "tekst" : "";
        } else if (raw == int.class) {
            return full ? 2 : 0;
        } else if (raw == long.class) {
            return full ? 2L : 0L;
        } else if (raw == boolean.class) {
            return full;
        } else if (raw.isRecord()) {
            return record(raw, full);
        }
        throw new IllegalArgumentException(
                "no sample for " + type + ": add one when a page record uses such a component");
    }

    private static Object record(Class<?> type, boolean full) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = !full && components[i].isAnnotationPresent(Absent.class)
                    ? null
                    : sample(components[i].getGenericType(), full);
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
