package nl.kennisbank.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;

/** The folder decides the document type and the URL (content-model.md, "Document types — the folder decides"). */
public final class DocumentPaths {

    private static final Pattern CHAPTER = Pattern.compile("(\\d{2})-(.+)");

    /** Where a content file goes: its type, slug, URL and, for chapters, guide and number. */
    public record Placement(DocumentKind kind, String slug, String url, String guideSlug, int chapter) {}

    public Optional<Placement> place(SourceFile file, Problems problems) {
        String[] parts = file.contentPath().split("/");
        String name = parts[parts.length - 1].replaceFirst("\\.md$", "");
        Location at = Location.file(file.path());
        if (parts[0].equals("praktijkvoorbeelden") && parts.length == 2) {
            return slug(name, at, problems)
                    .map(s ->
                            new Placement(DocumentKind.PRAKTIJKVOORBEELD, s, "praktijkvoorbeelden/" + s + "/", "", 0));
        }
        if (parts[0].equals("handreikingen") && parts.length == 3) {
            String guide = parts[1];
            if (slug(guide, at, problems).isEmpty()) {
                return Optional.empty();
            }
            if (name.equals("index")) {
                return Optional.of(
                        new Placement(DocumentKind.HANDREIKING, guide, "handreikingen/" + guide + "/", guide, 0));
            }
            Matcher m = CHAPTER.matcher(name);
            if (!m.matches()) {
                problems.report(at, ProblemCode.CHAPTER_NAME, name);
                return Optional.empty();
            }
            return slug(m.group(2), at, problems)
                    .map(s -> new Placement(
                            DocumentKind.HOOFDSTUK,
                            s,
                            "handreikingen/" + guide + "/" + s + "/",
                            guide,
                            Integer.parseInt(m.group(1))));
        }
        if (parts[0].equals("praktijkvoorbeelden") || parts[0].equals("handreikingen")) {
            problems.report(at, ProblemCode.PATH_UNEXPECTED);
            return Optional.empty();
        }
        String folder = file.contentPath().contains("/")
                ? file.contentPath().substring(0, file.contentPath().lastIndexOf('/') + 1)
                : "";
        for (String part : folder.split("/")) {
            if (!part.isEmpty() && slug(part, at, problems).isEmpty()) {
                return Optional.empty();
            }
        }
        if (name.equals("index")) {
            return Optional.of(new Placement(
                    DocumentKind.PAGINA, folder.isEmpty() ? "index" : parts[parts.length - 2], folder, "", 0));
        }
        return slug(name, at, problems).map(s -> new Placement(DocumentKind.PAGINA, s, folder + s + "/", "", 0));
    }

    /** Reports a name that is no slug; true when it is one. */
    boolean checkSlug(String name, Location at, Problems problems) {
        return slug(name, at, problems).isPresent();
    }

    private static Optional<String> slug(String name, Location at, Problems problems) {
        if (Slugs.isValid(name)) {
            return Optional.of(name);
        }
        problems.report(at, ProblemCode.SLUG_INVALID_NAME, name, Slugs.of(name));
        return Optional.empty();
    }
}
