package nl.kennisbank.site.assemble;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kennisbank.content.Chapter;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentFields;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.Guide;
import nl.kennisbank.content.Page;
import nl.kennisbank.content.Practice;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.jbake.PageContent;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.markdown.Heading;
import nl.kennisbank.pages.Card;
import nl.kennisbank.pages.ChapterModel;
import nl.kennisbank.pages.DocumentText;
import nl.kennisbank.pages.GuideModel;
import nl.kennisbank.pages.Links.Link;
import nl.kennisbank.pages.Links.PageLink;
import nl.kennisbank.pages.PageFrame.TocEntry;
import nl.kennisbank.pages.PlainPageModel;
import nl.kennisbank.pages.PracticeModel;
import nl.kennisbank.site.validate.ValidSite;

/** One page per published document: practices, guides, chapters (plus a print version per guide) and pages. */
public final class DocumentPages {

    private static final int RELATED = 3;

    private final ValidSite site;
    private final Map<String, String> bodies;
    private final SiteIndex index;
    private final PageFactory factory;
    private final Cards cards;
    private final Facts facts;
    private final Map<String, List<String>> related;

    public DocumentPages(
            ValidSite site,
            Map<String, String> bodies,
            SiteIndex index,
            PageFactory factory,
            Cards cards,
            Facts facts,
            Map<String, List<String>> related) {
        this.site = site;
        this.bodies = bodies;
        this.index = index;
        this.factory = factory;
        this.cards = cards;
        this.facts = facts;
        this.related = related;
    }

    /**
     * The documents whose pages are built together: a practice or a page alone; a guide with its chapters in order
     * (the guide's print page holds their bodies).
     */
    public record Unit(List<Document> documents) {}

    /** Every unit, in the order {@link #all()} gives their pages: practices, guides, pages. */
    public List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        index.practices().forEach(d -> units.add(new Unit(List.of(d))));
        for (Document guide : index.guides()) {
            List<Document> members = new ArrayList<>();
            members.add(guide);
            members.addAll(index.chapters(guide.guideSlug()));
            units.add(new Unit(List.copyOf(members)));
        }
        index.pages().forEach(d -> units.add(new Unit(List.of(d))));
        return units;
    }

    /** The pages of one unit: a practice's page; a guide's page, print page and chapters; a page. */
    public List<PageSpec> pages(Unit unit) {
        Document doc = unit.documents().get(0);
        return switch (doc.kind()) {
            case PRAKTIJKVOORBEELD -> List.of(practice(doc));
            case HANDREIKING -> guidePages(doc);
            default -> {
                Page page = doc.asPage();
                yield List.of(base(doc, page, "pagina").build(new PlainPageModel(page.forEditors()), text(doc, page)));
            }
        };
    }

    List<PageSpec> all() {
        List<PageSpec> pages = new ArrayList<>();
        units().forEach(unit -> pages.addAll(pages(unit)));
        return pages;
    }

    private List<PageSpec> guidePages(Document guide) {
        List<PageSpec> pages = new ArrayList<>();
        pages.add(guide(guide));
        pages.add(new PrintPage(factory, bodies).build(guide, index.chapters(guide.guideSlug())));
        List<Document> chapters = index.chapters(guide.guideSlug());
        for (int i = 0; i < chapters.size(); i++) {
            pages.add(chapter(guide, chapters, i));
        }
        return pages;
    }

    private PageFactory.Builder base(Document doc, DocumentFields fields, String type) {
        return factory.page(type, doc.url(), doc.title(), fields.summary())
                .source(doc.path())
                .toc(toc(doc))
                .date(fields.published().orElse(null))
                .tags(fields.keywords());
    }

    private DocumentText text(Document doc, DocumentFields fields) {
        return new DocumentText(
                bodies.get(doc.path()),
                fields.summary(),
                Facts.sources(fields.sources()),
                DutchDates.format(fields.published().orElse(null)),
                DutchDates.format(fields.updated().orElse(null)));
    }

    private PageSpec practice(Document doc) {
        Practice typed = doc.asPractice();
        PracticeModel.Image image = typed.afbeelding()
                .map(img -> new PracticeModel.Image(site.links().rewrite(doc, img.src()), img.alt()))
                .orElse(null);
        PracticeModel practice = new PracticeModel(
                typed.published().map(Object::toString).orElse(""),
                "gearchiveerd".equals(typed.status()),
                facts.of(doc, typed),
                relatedCards(doc, typed),
                image);
        return base(doc, typed, "praktijkvoorbeeld")
                .crumb("Praktijkvoorbeelden", "praktijkvoorbeelden/")
                .entity(LinkedData.practice(
                        typed,
                        places(typed),
                        facts.terms(Vocabularies.THEMAS, typed.themas()).stream()
                                .map(Link::label)
                                .toList()))
                .build(practice, text(doc, typed));
    }

    private List<Map<String, Object>> places(Practice practice) {
        var vocabularies = site.source().vocabularies();
        return practice.gemeenten().stream()
                .map(vocabularies.gemeentenByName()::get)
                .filter(java.util.Objects::nonNull)
                .map(g -> LinkedData.municipality(
                        g,
                        vocabularies
                                .term(Vocabularies.PROVINCIES, g.provincie())
                                .map(t -> t.label())
                                .orElse(g.provincie())))
                .toList();
    }

    private List<Card> relatedCards(Document doc, Practice practice) {
        return relatedPractices(doc, practice.verwant()).stream()
                .map(cards::card)
                .toList();
    }

    /** The practices a practice's page shows as related: its own {@code verwant} first, then the computed ones. */
    private List<Document> relatedPractices(Document doc, List<String> verwant) {
        Set<String> slugs = new LinkedHashSet<>(verwant);
        related.getOrDefault(doc.url(), List.of()).forEach(id -> slugs.add(practiceSlug(id)));
        slugs.remove(doc.slug());
        return slugs.stream()
                .map(index::practice)
                .flatMap(java.util.Optional::stream)
                .limit(RELATED)
                .toList();
    }

    /** {@code praktijkvoorbeelden/x/} → {@code x} (without a regular expression: this runs for every practice on every save). */
    private static String practiceSlug(String url) {
        String slug = url.startsWith("praktijkvoorbeelden/") ? url.substring("praktijkvoorbeelden/".length()) : url;
        return slug.endsWith("/") ? slug.substring(0, slug.length() - 1) : slug;
    }

    /**
     * What a unit's pages read besides its documents, their bodies and headings: for a practice, the practices shown
     * as related (the very objects: their cards) and its image's address (which depends on the other files). Guides,
     * chapters and pages read nothing else. The preview builds a unit again only when one of these changed.
     */
    public List<Object> reads(Unit unit) {
        Document doc = unit.documents().get(0);
        if (doc.kind() != nl.kennisbank.content.DocumentKind.PRAKTIJKVOORBEELD) {
            return List.of();
        }
        List<Object> reads = new ArrayList<>();
        Practice practice = doc.asPractice();
        relatedPractices(doc, practice.verwant()).forEach(d -> reads.add(new Same(d)));
        practice.afbeelding().ifPresent(img -> reads.add(site.links().rewrite(doc, img.src())));
        return reads;
    }

    private PageSpec guide(Document guide) {
        Guide typed = guide.asGuide();
        GuideModel model = new GuideModel(
                facts.terms(Vocabularies.SECTOREN, List.of(typed.sector())).get(0),
                typed.status(),
                Cards.statusLabel(typed.status()),
                index.chapters(guide.guideSlug()).stream()
                        .map(c -> chapterLink(c, null))
                        .toList(),
                guide.url() + "print/");
        return base(guide, typed, "handreiking")
                .crumb("Handreikingen", "handreikingen/")
                .entity(LinkedData.guide(guide, factory.baseUrl(), index.chapters(guide.guideSlug())))
                .build(model, text(guide, typed));
    }

    private PageSpec chapter(Document guide, List<Document> chapters, int i) {
        Document doc = chapters.get(i);
        ChapterModel model = new ChapterModel(
                new ChapterModel.Guide(guide.title(), guide.url(), guide.url() + "print/"),
                doc.chapter(),
                chapters.stream().map(c -> chapterLink(c, doc)).toList(),
                i > 0
                        ? new PageLink(
                                chapters.get(i - 1).title(), chapters.get(i - 1).url())
                        : null,
                i < chapters.size() - 1
                        ? new PageLink(
                                chapters.get(i + 1).title(), chapters.get(i + 1).url())
                        : null);
        Chapter typed = doc.asChapter();
        return base(doc, typed, "hoofdstuk")
                .crumb("Handreikingen", "handreikingen/")
                .crumb(guide.title(), guide.url())
                .entity(LinkedData.chapter(doc, guide, factory.baseUrl()))
                .date(guide.asGuide().datum())
                .build(model, text(doc, typed));
    }

    private static GuideModel.ChapterLink chapterLink(Document chapter, Document current) {
        return new GuideModel.ChapterLink(
                chapter.chapter(),
                chapter.title(),
                chapter.url(),
                chapter.asChapter().samenvatting().orElse(""),
                chapter == current);
    }

    private List<TocEntry> toc(Document doc) {
        List<Heading> headings = site.parsed(doc).headings();
        if (headings.stream().filter(h -> h.level() == 2).count() < 3) {
            return List.of();
        }
        return headings.stream()
                .filter(h -> h.level() == 2 || h.level() == 3)
                .map(h -> new TocEntry(h.level(), h.id(), h.text()))
                .toList();
    }

    /** A JBake-format document, rendered with JBake's own type and header fields. */
    public PageSpec jbake(Document doc) {
        return PageContent.Fields.jbakeDocument(doc.url(), doc.title(), doc.fields(), bodies.get(doc.path()));
    }

    /** A page for editors ({@code publiek: redacteuren}), such as the editors' guide, stays out of the public search. */
    public static boolean forEditors(Document d) {
        return d.kind() == DocumentKind.PAGINA && d.asPage().forEditors();
    }
}
