package nl.kennisbank.webeditor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.config.WebEditorSettings;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.Schema;
import nl.kennisbank.content.Vocabularies;

/**
 * Decap's {@code config.yml}, generated from the schema and the vocabularies. Practices are a folder collection
 * (editors can add them); guides and chapters are listed file by file, because their file names carry the guide's
 * folder and the chapter number, which Decap cannot make: new ones start with {@code ./kennisbank new}.
 *
 * @param local true for the local preview without repository settings: Decap then talks only to
 *              {@code decap-server} (its "proxy" backend), which saves into the checkout
 */
public record DecapConfig(
        Schema schema, Vocabularies vocabularies, WebEditorSettings settings, List<Document> documents, boolean local) {

    static final String PRACTICES = "praktijkvoorbeelden";
    static final String GUIDES = "handreikingen";
    static final String CHAPTERS = "hoofdstukken";
    static final String MEDIA = "content/afbeeldingen";

    public String yaml() {
        return "# Gemaakt door ./kennisbank uit data/schema.yml en de vocabulaires in data/: niet met de hand aanpassen.\n"
                + YamlWriter.write(tree());
    }

    Map<String, Object> tree() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("locale", "nl");
        root.put("backend", backend());
        if (!local) {
            root.put("local_backend", Map.of("url", settings.localApi()));
        }
        root.put("publish_mode", "simple");
        root.put("media_folder", MEDIA);
        root.put("public_folder", "/afbeeldingen");
        Map<String, Object> slug = new LinkedHashMap<>();
        slug.put("encoding", "ascii");
        slug.put("clean_accents", true);
        slug.put("sanitize_replacement", "-");
        root.put("slug", slug);
        List<Object> collections = new ArrayList<>();
        DecapFields fields = new DecapFields(vocabularies, PRACTICES);
        schema.fieldsOf(DocumentKind.PRAKTIJKVOORBEELD).ifPresent(f -> collections.add(practices(fields.all(f))));
        schema.fieldsOf(DocumentKind.HANDREIKING)
                .ifPresent(
                        f -> collections.add(files(GUIDES, "Handreikingen", DocumentKind.HANDREIKING, fields.all(f))));
        schema.fieldsOf(DocumentKind.HOOFDSTUK)
                .ifPresent(
                        f -> collections.add(files(CHAPTERS, "Hoofdstukken", DocumentKind.HOOFDSTUK, fields.all(f))));
        root.put("collections", collections);
        return root;
    }

    private Map<String, Object> backend() {
        Map<String, Object> backend = new LinkedHashMap<>();
        if (local) {
            backend.put("name", "proxy");
            backend.put("proxy_url", settings.localApi());
            backend.put("branch", settings.branch());
            return backend;
        }
        backend.put("name", settings.backend().id());
        backend.put("repo", settings.repo());
        backend.put("branch", settings.branch());
        if (settings.backend() == WebEditorSettings.Backend.GITLAB) {
            backend.put("auth_type", "pkce");
            backend.put("app_id", settings.appId());
            if (!settings.baseUrl().isEmpty()) {
                backend.put("base_url", settings.baseUrl());
                backend.put("api_root", settings.baseUrl() + "/api/v4");
            }
        } else if (!settings.baseUrl().isEmpty()) {
            backend.put("base_url", settings.baseUrl());
        }
        backend.put("commit_messages", commitMessages());
        return backend;
    }

    private static Map<String, Object> commitMessages() {
        Map<String, Object> messages = new LinkedHashMap<>();
        messages.put("create", "Nieuw: {{collection}} '{{slug}}' (webredactie)");
        messages.put("update", "Bijgewerkt: {{collection}} '{{slug}}' (webredactie)");
        messages.put("delete", "Verwijderd: {{collection}} '{{slug}}' (webredactie)");
        messages.put("uploadMedia", "Afbeelding toegevoegd: {{path}} (webredactie)");
        messages.put("deleteMedia", "Afbeelding verwijderd: {{path}} (webredactie)");
        return messages;
    }

    private Map<String, Object> practices(List<Map<String, Object>> fields) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", PRACTICES);
        c.put("label", "Praktijkvoorbeelden");
        c.put("label_singular", "praktijkvoorbeeld");
        c.put("folder", "content/praktijkvoorbeelden");
        c.put("create", true);
        c.put("delete", false);
        c.put("slug", "{{slug}}");
        c.put("extension", "md");
        c.put("format", "yaml-frontmatter");
        c.put("identifier_field", "titel");
        c.put("summary", "{{titel}}");
        c.put("sortable_fields", List.of("titel", "datum"));
        c.put("media_folder", "../afbeeldingen");
        c.put("public_folder", "../afbeeldingen");
        c.put("fields", withBody(fields));
        return c;
    }

    private Map<String, Object> files(String name, String label, DocumentKind kind, List<Map<String, Object>> fields) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("label", label);
        c.put("delete", false);
        c.put("format", "yaml-frontmatter");
        List<Object> files = new ArrayList<>();
        documents.stream()
                .filter(d -> d.kind() == kind)
                .sorted(Comparator.comparing(Document::path))
                .forEach(d -> {
                    Map<String, Object> file = new LinkedHashMap<>();
                    file.put("name", d.contentPath().replaceFirst("\\.md$", "").replace('/', '-'));
                    file.put(
                            "label",
                            kind == DocumentKind.HOOFDSTUK
                                    ? d.guideSlug() + " " + d.chapter() + ": " + d.title()
                                    : d.title());
                    file.put("file", d.path());
                    file.put("media_folder", "/" + MEDIA);
                    file.put(
                            "public_folder",
                            kind == DocumentKind.HOOFDSTUK || kind == DocumentKind.HANDREIKING
                                    ? "../../afbeeldingen"
                                    : "../afbeeldingen");
                    file.put("fields", withBody(fields));
                    files.add(file);
                });
        c.put("files", files);
        return c;
    }

    private static List<Map<String, Object>> withBody(List<Map<String, Object>> fields) {
        List<Map<String, Object>> all = new ArrayList<>(fields);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "body");
        body.put("label", "Tekst");
        body.put("required", true);
        body.put("widget", "markdown");
        body.put("hint", "Koppen beginnen met ## (de titel staat al bovenaan). Zie de redactiehandleiding.");
        all.add(body);
        return all;
    }
}
