package nl.kennisbank.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.Problems;

/** The folder decides the document type and the URL (content-model.md, "Document types — the folder decides"). */
public final class DocumentPaths {

    private static final Pattern CHAPTER = Pattern.compile("(\\d{2})-(.+)");

    /** Where a content file goes: its type, slug, URL and, for chapters, guide and number. */
    public record Placement(DocumentKind kind, String slug, String url, String guideSlug, int chapter) {
    }

    public Optional<Placement> place(SourceFile file, Problems problems) {
        String[] parts = file.contentPath().split("/");
        String name = parts[parts.length - 1].replaceFirst("\\.md$", "");
        Location at = Location.file(file.path());
        if (parts[0].equals("praktijkvoorbeelden") && parts.length == 2) {
            return slug(name, at, problems).map(s -> new Placement(DocumentKind.PRAKTIJKVOORBEELD, s, "praktijkvoorbeelden/" + s + "/", "", 0));
        }
        if (parts[0].equals("handreikingen") && parts.length == 3) {
            String guide = parts[1];
            if (slug(guide, at, problems).isEmpty()) {
                return Optional.empty();
            }
            if (name.equals("index")) {
                return Optional.of(new Placement(DocumentKind.HANDREIKING, guide, "handreikingen/" + guide + "/", guide, 0));
            }
            Matcher m = CHAPTER.matcher(name);
            if (!m.matches()) {
                problems.error(at, "CHAPTER_NAME", "Een hoofdstuk heet NN-naam.md, met NN het nummer in twee cijfers (bijvoorbeeld 01-signaleren.md). Hernoem '" + name + ".md'.");
                return Optional.empty();
            }
            return slug(m.group(2), at, problems).map(s -> new Placement(DocumentKind.HOOFDSTUK, s,
                    "handreikingen/" + guide + "/" + s + "/", guide, Integer.parseInt(m.group(1))));
        }
        if (parts[0].equals("praktijkvoorbeelden") || parts[0].equals("handreikingen")) {
            problems.error(at, "PATH_UNEXPECTED", "Dit bestand staat op een plek zonder documentsoort. Praktijkvoorbeelden staan in content/praktijkvoorbeelden/, hoofdstukken in content/handreikingen/<handreiking>/.");
            return Optional.empty();
        }
        String folder = file.contentPath().contains("/") ? file.contentPath().substring(0, file.contentPath().lastIndexOf('/') + 1) : "";
        for (String part : folder.split("/")) {
            if (!part.isEmpty() && slug(part, at, problems).isEmpty()) {
                return Optional.empty();
            }
        }
        if (name.equals("index")) {
            return Optional.of(new Placement(DocumentKind.PAGINA, folder.isEmpty() ? "index" : parts[parts.length - 2], folder, "", 0));
        }
        return slug(name, at, problems).map(s -> new Placement(DocumentKind.PAGINA, s, folder + s + "/", "", 0));
    }

    private static Optional<String> slug(String name, Location at, Problems problems) {
        if (Slugs.isValid(name)) {
            return Optional.of(name);
        }
        problems.error(at, "SLUG_INVALID", "De naam '" + name + "' is geen geldige slug: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld '"
                + Slugs.of(name) + "'.");
        return Optional.empty();
    }
}
