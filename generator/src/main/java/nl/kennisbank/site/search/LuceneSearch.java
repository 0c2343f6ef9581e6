package nl.kennisbank.site.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisbank.content.Chapter;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentFields;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.Guide;
import nl.kennisbank.content.Practice;
import nl.kennisbank.content.Schema;
import nl.kennisbank.content.Term;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.markdown.Heading;
import nl.kennisbank.publish.IndexFolder;
import nl.kennisbank.publish.WrittenFiles;
import nl.kennisbank.search.BuiltIndex;
import nl.kennisbank.search.SearchDocument;
import nl.kennisbank.search.SearchIndexer;
import nl.kennisbank.search.SearchSettings;
import nl.kennisbank.search.SearchVocabulary;
import nl.kennisbank.site.assemble.Cards;
import nl.kennisbank.site.assemble.DocumentPages;
import nl.kennisbank.site.assemble.PracticeFacets;
import nl.kennisbank.site.assemble.SiteIndex;

/**
 * The search stage for a knowledge-base site: turns published documents into search documents, indexes them
 * once, gives related practices before rendering and writes the static index after.
 */
public final class LuceneSearch implements SearchStage {

    private static final int RELATED = 3;

    private final SearchSettings settings;
    private final SearchIndexer indexer;
    private BuiltIndex built;

    LuceneSearch(SearchSettings settings) {
        this.settings = settings;
        this.indexer = new SearchIndexer(settings);
    }

    @Override
    public SearchStage another() {
        return new LuceneSearch(settings);
    }

    @Override
    public Map<String, List<String>> related(Input input) throws IOException {
        if (!input.site().source().isKennisbank()) {
            return Map.of();
        }
        built = indexer.open(documents(input), vocabulary(input.site().source().vocabularies()));
        return built.related(RELATED);
    }

    @Override
    public String index(Path siteFolder, WrittenFiles written) throws IOException {
        if (built == null) {
            return "";
        }
        try (BuiltIndex index = built) {
            return IndexFolder.write(siteFolder, index.files(), written);
        } finally {
            built = null;
        }
    }

    public static List<SearchDocument> documents(Input input) {
        Vocabularies v = input.site().source().vocabularies();
        SiteIndex siteIndex = new SiteIndex(input.site().published(), v);
        PracticeFacets practiceFacets =
                new PracticeFacets(v, input.site().source().schema().orElse(new Schema(Map.of())), siteIndex);
        Map<String, String> labels = labels(practiceFacets);
        Map<String, List<String>> guideSectors = new java.util.HashMap<>();
        siteIndex
                .guides()
                .forEach(g -> guideSectors.put(g.guideSlug(), g.asGuide().sectoren()));
        List<SearchDocument> docs = new ArrayList<>(input.site().published().stream()
                .filter(d -> d.kind() != DocumentKind.JBAKE && !DocumentPages.forEditors(d))
                .toList()
                .parallelStream()
                .map(d -> searchDocument(d, input, practiceFacets, labels, guideSectors))
                .toList());
        docs.addAll(vocabularyPages(v, labels));
        docs.sort(java.util.Comparator.comparing(SearchDocument::id));
        return List.copyOf(docs);
    }

    /** Each vocabulary whose terms have their own page ({@code sectoren/jgz/}): its search type and that type's label. */
    private record VocabularyPage(String vocabulary, String type, String label) {}

    private static final List<VocabularyPage> VOCABULARY_PAGES = List.of(
            new VocabularyPage(Vocabularies.SECTOREN, "sector", "Sector"),
            new VocabularyPage(Vocabularies.THEMAS, "thema", "Thema"),
            new VocabularyPage(Vocabularies.PIJLERS, "pijler", "Pijler"));

    /**
     * The pages of the sectors, themes and pillars: their name as title, their definition as summary, their other words
     * in a sentence as body, weighted as body text ("kindpas" finds the theme Kindpakket, and a thin page of related
     * words does not outrank the pages about a word).
     */
    static List<SearchDocument> vocabularyPages(Vocabularies v, Map<String, String> labels) {
        List<SearchDocument> pages = new ArrayList<>();
        for (VocabularyPage page : VOCABULARY_PAGES) {
            for (Term t : v.list(page.vocabulary())) {
                String body = t.synoniemen().isEmpty()
                        ? ""
                        : "Andere woorden hiervoor: " + String.join(", ", t.synoniemen()) + ".";
                pages.add(new SearchDocument(
                        page.vocabulary() + "/" + t.id() + "/",
                        t.label(),
                        page.type(),
                        "",
                        List.of(),
                        t.definitie(),
                        List.of(),
                        body,
                        Map.of("type", List.of(page.type())),
                        labels));
            }
        }
        return pages;
    }

    private static SearchDocument searchDocument(
            Document d,
            Input input,
            PracticeFacets practiceFacets,
            Map<String, String> labels,
            Map<String, List<String>> guideSectors) {
        List<String> headings =
                input.site().parsed(d).headings().stream().map(Heading::text).toList();
        String html = input.bodies().get(d.path());
        // flexmark's own markup unless raw HTML passed the allow-list (escaped raw HTML is text in flexmark's markup)
        boolean flexmarkOnly = input.site().source().settings().html() == nl.kennisbank.config.HtmlMode.ESCAPE
                || input.site().parsed(d).rawHtml().isEmpty();
        String body = flexmarkOnly ? BlockText.ofRendered(html) : BlockText.of(html);
        DocumentFields fields = d.typed();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("type", List.of(d.kind().schemaName()));
        if (fields instanceof Practice) {
            facets.putAll(practiceFacets.of(d));
        } else {
            // A chapter belongs to its guide's sector; only practices have themes and pillars.
            facets.put(
                    "sector",
                    switch (fields) {
                        case Guide guide -> guide.sectoren();
                        case Chapter chapter -> guideSectors.getOrDefault(d.guideSlug(), List.of());
                        default -> List.of();
                    });
            facets.put("thema", List.of());
            facets.put("pijler", List.of());
        }
        String date = fields.published().map(Object::toString).orElse("");
        return new SearchDocument(
                d.url(),
                d.title(),
                d.kind().schemaName(),
                date,
                headings,
                fields.summary(),
                tags(fields),
                body,
                facets,
                labels);
    }

    /** The keywords, and for a practice its municipalities. */
    private static List<String> tags(DocumentFields fields) {
        List<String> tags = new ArrayList<>(fields.keywords());
        if (fields instanceof Practice practice) {
            tags.addAll(practice.gemeenten());
        }
        return tags;
    }

    private static Map<String, String> labels(PracticeFacets practiceFacets) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (DocumentKind k : DocumentKind.values()) {
            labels.put("type:" + k.schemaName(), Cards.typeLabel(k));
        }
        VOCABULARY_PAGES.forEach(page -> labels.put("type:" + page.type(), page.label()));
        labels.putAll(practiceFacets.labels());
        return labels;
    }

    /**
     * Synonym groups: data/synoniemen.yml, plus each vocabulary term's label with its abbreviations (short or
     * capitalised synonyms such as JGZ or VVE). A vocabulary's other synonyms are related words, not synonyms, and
     * would blur results, so they help browsing but not search. An abbreviation that data/synoniemen.yml defines keeps that
     * meaning only (VVE is voor- en vroegschoolse educatie, not kinderopvang).
     */
    public static SearchVocabulary vocabulary(Vocabularies v) {
        List<List<String>> groups = new ArrayList<>(v.synonymGroups());
        java.util.Set<String> defined = new java.util.HashSet<>();
        groups.forEach(g -> g.forEach(m -> defined.add(m.toLowerCase(java.util.Locale.ROOT))));
        for (String list : List.of(Vocabularies.SECTOREN, Vocabularies.THEMAS, Vocabularies.PIJLERS)) {
            for (Term t : v.list(list)) {
                List<String> abbreviations = t.synoniemen().stream()
                        .filter(LuceneSearch::isAbbreviation)
                        .filter(a -> !defined.contains(a.toLowerCase(java.util.Locale.ROOT)))
                        .toList();
                if (!abbreviations.isEmpty()) {
                    List<String> group = new ArrayList<>();
                    group.add(t.label().replaceAll("\\s*\\(.*\\)", ""));
                    group.addAll(abbreviations);
                    groups.add(group);
                }
            }
        }
        return new SearchVocabulary(groups);
    }

    private static boolean isAbbreviation(String word) {
        return !word.contains(" ") && (word.length() <= 4 || word.equals(word.toUpperCase(java.util.Locale.ROOT)));
    }
}
