package nl.kennisbank.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.FieldSpec;
import nl.kennisbank.content.Schema;
import nl.kennisbank.content.SchemaLoader;
import nl.kennisbank.content.Slugs;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.content.VocabularyLoader;
import nl.kennisbank.jbake.JBakeSettings;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.problems.Suggestions;

/**
 * Writes a new practice, guide or chapter: checks what the editor gave (sectors, municipalities, guide), picks the
 * file name from the title (and for a chapter the next number), and creates the file only if it does not exist.
 */
public final class Scaffolder {

    private final Schema schema;
    private final Vocabularies vocabularies;
    private final Path contentFolder;
    private final LocalDate today;

    /** A scaffolder for the site in {@code source}; problems in its schema or vocabularies go to {@code problems}. */
    public static Scaffolder forSite(Path source, LocalDate today, Problems problems) throws IOException {
        JBakeSettings settings = JBakeSettings.load(source);
        Path data = settings.dataFolder();
        Path schemaFile = data.resolve("schema.yml");
        if (!Files.exists(schemaFile)) {
            problems.report(Location.file(settings.dataLabel() + "/schema.yml"), ProblemCode.SCHEMA_MISSING_FOR_NEW);
            return new Scaffolder(
                    new Schema(Map.of()),
                    new Vocabularies(Map.of(), List.of(), List.of()),
                    settings.contentFolder(),
                    today);
        }
        Schema schema = new SchemaLoader()
                .load(
                        settings.dataLabel() + "/schema.yml",
                        Files.readString(schemaFile, StandardCharsets.UTF_8),
                        problems);
        return new Scaffolder(
                schema,
                new VocabularyLoader().load(data, settings.dataLabel(), problems),
                settings.contentFolder(),
                today);
    }

    public Scaffolder(Schema schema, Vocabularies vocabularies, Path contentFolder, LocalDate today) {
        this.schema = schema;
        this.vocabularies = vocabularies;
        this.contentFolder = contentFolder;
        this.today = today;
    }

    /** What happened: the file that was made, or why nothing was made (Dutch, one sentence each). */
    public sealed interface Outcome permits Created, Refused {}

    /** @param file the new file, relative to the content folder's parent (the site source) */
    public record Created(Path file) implements Outcome {}

    public record Refused(List<String> reasons) implements Outcome {}

    public Outcome create(NewDocument request) throws IOException {
        List<String> reasons = new ArrayList<>();
        Map<String, FieldSpec> fields = schema.fieldsOf(request.kind()).orElse(Map.of());
        if (fields.isEmpty()) {
            reasons.add("data/schema.yml heeft geen velden voor een "
                    + request.kind().schemaName() + ". Zet het schema terug uit Git.");
        }
        if (request.title().isBlank()) {
            reasons.add("Geef een titel, bijvoorbeeld: kennisbank new "
                    + request.kind().schemaName() + " \"Naam van de aanpak\".");
        }
        FieldSpec title = fields.get("titel");
        if (title != null && title.max() != null && request.title().strip().length() > title.max()) {
            reasons.add("De titel is " + request.title().strip().length() + " tekens; maak hem hoogstens " + title.max()
                    + " tekens.");
        }
        String slug = request.slug().orElse(Slugs.of(request.title()));
        if (!Slugs.isValid(slug)) {
            reasons.add(
                    "'" + slug + "' is geen geldige bestandsnaam: gebruik kleine letters, cijfers en streepjes, zoals '"
                            + Slugs.of(slug) + "'.");
        }
        Map<String, String> given = new LinkedHashMap<>();
        given.put("titel", YamlText.quoted(request.title().strip()));
        sectors(request.sectors(), reasons).ifPresent(s -> given.put("sectoren", s));
        gemeenten(request.gemeenten(), reasons).ifPresent(g -> given.put("gemeenten", g));
        Path relative = switch (request.kind()) {
            case PRAKTIJKVOORBEELD -> Path.of("praktijkvoorbeelden", slug + ".md");
            case HANDREIKING -> Path.of("handreikingen", slug, "index.md");
            case HOOFDSTUK ->
                new ChapterNumbers(contentFolder).nextFile(request.guide().orElse(""), slug, reasons);
            default -> throw new IllegalArgumentException("no scaffold for " + request.kind());
        };
        if (!reasons.isEmpty()) {
            return new Refused(List.copyOf(reasons));
        }
        String oldAddress = (request.kind() == DocumentKind.HANDREIKING
                        ? "handreikingen"
                        : relative.getParent().toString().replace('\\', '/'))
                + "/" + slug + "-oud/";
        List<String> header =
                new FrontMatterWriter(new ExampleValues(vocabularies, today, oldAddress)).write(fields, given);
        String text = "---\n# " + (request.kind() == DocumentKind.HANDREIKING ? "Nieuwe " : "Nieuw ")
                + request.kind().schemaName()
                + ". ./kennisbank check wijst aan wat je nog moet invullen.\n"
                + "# Een regel met # ervoor is een voorbeeld: haal '# ' weg als je het veld wilt gebruiken.\n"
                + String.join("\n", header) + "\n---\n" + BodyTemplates.of(request.kind());
        Path file = contentFolder.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return new Refused(
                    List.of(
                            show(file)
                                    + " bestaat al en blijft zoals het is. Kies een andere titel of geef met --slug een andere bestandsnaam."));
        }
        return new Created(contentFolder.getParent().relativize(file));
    }

    private java.util.Optional<String> sectors(List<String> sectors, List<String> reasons) {
        List<String> known = vocabularies.ids(Vocabularies.SECTOREN);
        for (String sector : sectors) {
            if (!known.contains(sector)) {
                reasons.add("Onbekende sector '" + sector + "'" + Suggestions.hint(sector, known) + " Kies uit: "
                        + String.join(", ", known) + ".");
            }
        }
        return sectors.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(YamlText.ids(sectors));
    }

    private java.util.Optional<String> gemeenten(List<String> written, List<String> reasons) {
        List<String> names = new ArrayList<>();
        Map<String, String> spellings = vocabularies.gemeenteSpellings();
        for (String gemeente : written) {
            vocabularies
                    .gemeente(gemeente)
                    .ifPresentOrElse(
                            g -> names.add(g.naam()),
                            () -> reasons.add("Onbekende gemeente '" + gemeente + "'"
                                    + Suggestions.closest(gemeente, spellings.keySet())
                                            .map(s -> Suggestions.hintFor(spellings.get(s)))
                                            .orElse(".")
                                    + " De namen staan in data/gemeenten.yml."));
        }
        return names.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(YamlText.names(names));
    }

    private String show(Path file) {
        return contentFolder.getParent().relativize(file).toString().replace('\\', '/');
    }
}
