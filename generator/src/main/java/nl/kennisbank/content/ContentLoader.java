package nl.kennisbank.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Turns source files into validated documents: place by folder, split the header, parse and check it. Files are
 * independent, so they are loaded in parallel; problems from all files are collected.
 */
public final class ContentLoader {

    private final Schema schema;
    private final FieldValidator validator;
    private final DocumentRules rules;
    private final FrontMatterSplitter splitter;
    private final JBakeHeader jbakeHeader;
    private final DocumentPaths paths = new DocumentPaths();
    private final YamlReader yaml = new YamlReader();
    private final java.util.concurrent.atomic.AtomicBoolean schemaMissingReported =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** @param today the day date rules compare with ({@link nl.kennisbank.config.Today}) */
    public ContentLoader(
            Schema schema,
            Vocabularies vocabularies,
            FrontMatterSplitter splitter,
            JBakeHeader jbakeHeader,
            java.time.LocalDate today) {
        this.schema = schema;
        this.rules = new DocumentRules(today);
        this.validator = new FieldValidator(vocabularies);
        this.splitter = splitter;
        this.jbakeHeader = jbakeHeader;
    }

    public List<Document> load(List<SourceFile> files, Problems problems) {
        return files.parallelStream()
                .map(f -> load(f, problems))
                .flatMap(Optional::stream)
                .toList();
    }

    Optional<Document> load(SourceFile file, Problems problems) {
        Optional<SplitSource> split = splitter.split(file, problems);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        if (split.get().format() == SplitSource.Format.JBAKE) {
            // whatever the header style, a file's name becomes its URL: the same slug rule applies
            boolean named = java.util.Arrays.stream(
                            file.contentPath().replaceFirst("\\.md$", "").split("/"))
                    .allMatch(part -> paths.checkSlug(part, Location.file(file.path()), problems));
            return named ? Optional.of(jbake(file, split.get(), problems)) : Optional.empty();
        }
        Optional<DocumentPaths.Placement> place = paths.place(file, problems);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        if (schema.state() != Schema.State.LOADED) {
            // without the rules no field can be checked: one problem for the schema, not one per field
            if (schema.state() == Schema.State.MISSING && schemaMissingReported.compareAndSet(false, true)) {
                problems.report(Location.file("data/schema.yml"), ProblemCode.SCHEMA_MISSING_FOR_CONTENT, file.path());
            }
            return Optional.empty();
        }
        YamlPositions at = new YamlPositions(file.path(), split.get().headerFirstLine());
        Optional<Node> root =
                yaml.read(file.path(), split.get().header(), split.get().headerFirstLine(), problems);
        if (root.isEmpty()) {
            if (split.get().header().isBlank()) {
                problems.report(new Location(file.path(), 1, 1), ProblemCode.FRONTMATTER_EMPTY);
            }
            return Optional.empty();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problems.report(at.of(root.get()), ProblemCode.FRONTMATTER_NOT_MAPPING);
            return Optional.empty();
        }
        PlaceholderCheck.check(file, problems);
        DocumentKind kind = place.get().kind();
        checkType(mapping, kind, at, problems);
        Map<String, FieldSpec> fields = schema.fieldsOf(kind).orElse(Map.of());
        FieldValidator.Result result = validator.validate(mapping, fields, at, problems);
        if (fields.containsKey(Schema.SOURCES) && !YamlNodes.entries(mapping).containsKey(Schema.SOURCES)) {
            problems.report(at.of(mapping), ProblemCode.BRONNEN_MISSING);
        }
        rules.check(mapping, result.values(), at, problems);
        DocumentPaths.Placement p = place.get();
        return Optional.of(Document.typed(
                kind,
                file.path(),
                file.contentPath(),
                p.slug(),
                p.url(),
                result.values(),
                split.get().body(),
                split.get().bodyFirstLine(),
                result.references(),
                p.guideSlug(),
                p.chapter(),
                isDraft(kind, result.values())));
    }

    private static void checkType(MappingNode mapping, DocumentKind kind, YamlPositions at, Problems problems) {
        for (NodeTuple tuple : List.copyOf(mapping.getValue())) {
            if (YamlNodes.scalar(tuple.getKeyNode()).filter("type"::equals).isPresent()) {
                String declared = YamlNodes.scalar(tuple.getValueNode()).orElse("");
                if (!declared.equals(kind.schemaName())) {
                    problems.report(
                            at.of(tuple.getValueNode()), ProblemCode.TYPE_MISMATCH, kind.schemaName(), declared);
                    mapping.getValue().remove(tuple);
                }
            }
        }
    }

    private static boolean isDraft(DocumentKind kind, Map<String, Object> fields) {
        Object status = fields.get("status");
        return switch (kind) {
            case PRAKTIJKVOORBEELD, PAGINA -> "concept".equals(status);
            default -> false;
        };
    }

    private Document jbake(SourceFile file, SplitSource split, Problems problems) {
        Map<String, Object> fields = jbakeHeader.parse(split, file.path(), problems);
        String noExt = file.contentPath().replaceFirst("\\.[^./]+$", "");
        String slug = noExt.substring(noExt.lastIndexOf('/') + 1);
        boolean draft = "draft".equals(fields.get("status"));
        return new Document(
                DocumentKind.JBAKE,
                file.path(),
                file.contentPath(),
                slug,
                noExt + ".html",
                fields,
                split.body(),
                split.bodyFirstLine(),
                List.of(),
                "",
                0,
                draft,
                null);
    }
}
