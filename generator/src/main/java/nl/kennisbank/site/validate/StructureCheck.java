package nl.kennisbank.site.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.Reference;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.problems.Suggestions;

/** Checks that need all documents at once: unique URLs, guides with chapters, and references between documents. */
public final class StructureCheck {

    private final Problems problems;

    public StructureCheck(Problems problems) {
        this.problems = problems;
    }

    public void check(ValidSite site, Set<String> generated) {
        uniqueUrls(site.published(), generated);
        guides(site.published(), Set.copyOf(site.source().markdownFiles()));
        Set<String> unloaded = new java.util.HashSet<>(site.source().markdownFiles());
        site.source().documents().forEach(d -> unloaded.remove(d.contentPath()));
        references(site.published(), unloaded);
        aliases(site.published(), generated);
    }

    /** An old address may not be any page's address now, nor another alias: it must be free for the redirect. */
    private void aliases(List<Document> docs, Set<String> generated) {
        Map<String, Document> urls = new HashMap<>();
        docs.forEach(d -> urls.putIfAbsent(d.url().toLowerCase(Locale.ROOT), d));
        Map<String, Document> seen = new HashMap<>();
        for (Document doc : docs.stream()
                .sorted(java.util.Comparator.comparing(Document::path))
                .toList()) {
            for (Reference alias : doc.references().stream()
                    .filter(r -> r.kind() == Reference.Kind.ALIAS)
                    .toList()) {
                Document owner = urls.get(alias.slug());
                Document first = seen.putIfAbsent(alias.slug(), doc);
                if (owner != null) {
                    problems.report(alias.at(), ProblemCode.ALIAS_TAKEN_BY_PAGE, alias.slug(), owner.path());
                } else if (generated.contains(alias.slug())) {
                    problems.report(alias.at(), ProblemCode.ALIAS_TAKEN_BY_SITE, alias.slug());
                } else if (first != null) {
                    problems.report(alias.at(), ProblemCode.ALIAS_DUPLICATE, alias.slug(), first.path());
                }
            }
        }
    }

    private void uniqueUrls(List<Document> docs, Set<String> generated) {
        Set<String> generatedFiles = generated.stream()
                .map(u -> LinkTargets.outputFile(u).toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        generatedFiles.addAll(SiteUrls.FIXED_FILES);
        Map<String, Document> seen = new HashMap<>();
        for (Document doc : docs.stream()
                .sorted(java.util.Comparator.comparing(Document::path))
                .toList()) {
            // compared as the files they become, whatever the header style: a JBake page index.html is the home page
            String key = LinkTargets.outputFile(doc.url()).toLowerCase(Locale.ROOT);
            Document first = seen.putIfAbsent(key, doc);
            if (first != null) {
                problems.report(Location.file(doc.path()), ProblemCode.SLUG_DUPLICATE, doc.url(), first.path());
            } else if (generatedFiles.contains(key)) {
                problems.report(Location.file(doc.path()), ProblemCode.URL_TAKEN, doc.url());
            }
        }
    }

    private void guides(List<Document> docs, Set<String> markdownFiles) {
        Set<String> guides = docs.stream()
                .filter(d -> d.kind() == DocumentKind.HANDREIKING)
                .map(Document::guideSlug)
                .collect(Collectors.toSet());
        Map<String, Document> chapterNumbers = new HashMap<>();
        for (Document doc : docs.stream()
                .filter(d -> d.kind() == DocumentKind.HOOFDSTUK)
                .sorted(java.util.Comparator.comparing(Document::path))
                .toList()) {
            boolean indexFailedToLoad = markdownFiles.contains("handreikingen/" + doc.guideSlug() + "/index.md");
            if (!guides.contains(doc.guideSlug()) && !indexFailedToLoad) {
                problems.report(Location.file(doc.path()), ProblemCode.GUIDE_MISSING, doc.guideSlug(), doc.guideSlug());
            }
            Document other = chapterNumbers.putIfAbsent(doc.guideSlug() + "#" + doc.chapter(), doc);
            if (other != null) {
                problems.report(
                        Location.file(doc.path()),
                        ProblemCode.CHAPTER_DUPLICATE,
                        String.format("%02d", doc.chapter()),
                        other.path());
            }
        }
    }

    /**
     * @param unloaded content paths of Markdown files that did not load (their own problems say why): a reference
     *                 to one of them is not reported again
     */
    private void references(List<Document> docs, Set<String> unloaded) {
        Set<String> practices = docs.stream()
                .filter(d -> d.kind() == DocumentKind.PRAKTIJKVOORBEELD)
                .map(Document::slug)
                .collect(Collectors.toSet());
        for (Document doc : docs) {
            for (Reference ref : doc.references()) {
                if (ref.kind() != Reference.Kind.PRACTICE
                        || unloaded.contains("praktijkvoorbeelden/" + ref.slug() + ".md")) {
                    continue;
                }
                if (!practices.contains(ref.slug())) {
                    problems.report(
                            ref.at(),
                            ProblemCode.REFERENCE_UNKNOWN,
                            ref.slug(),
                            Suggestions.hint(ref.slug(), practices));
                } else if (ref.slug().equals(doc.slug()) && doc.kind() == DocumentKind.PRAKTIJKVOORBEELD) {
                    problems.report(ref.at(), ProblemCode.REFERENCE_SELF, ref.slug());
                }
            }
        }
    }
}
