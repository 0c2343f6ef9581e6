package nl.kennisbank.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.jbake.JBakeRendering;
import nl.kennisbank.jbake.PageSpec;
import nl.kennisbank.markdown.Heading;

/** One page per published document: practices, guides, chapters (plus a print version per guide) and pages. */
final class DocumentPages {

    private static final int RELATED = 3;

    private final ValidSite site;
    private final Map<String, String> bodies;
    private final SiteIndex index;
    private final PageFactory factory;
    private final Cards cards;
    private final Facts facts;
    private final Map<String, List<String>> related;

    DocumentPages(ValidSite site, Map<String, String> bodies, SiteIndex index, PageFactory factory, Cards cards, Facts facts,
                  Map<String, List<String>> related) {
        this.site = site;
        this.bodies = bodies;
        this.index = index;
        this.factory = factory;
        this.cards = cards;
        this.facts = facts;
        this.related = related;
    }

    List<PageSpec> all() {
        List<PageSpec> pages = new ArrayList<>();
        index.practices().forEach(d -> pages.add(practice(d)));
        for (Document guide : index.guides()) {
            pages.add(guide(guide));
            pages.add(new PrintPage(factory, bodies).build(guide, index.chapters(guide.guideSlug())));
            List<Document> chapters = index.chapters(guide.guideSlug());
            for (int i = 0; i < chapters.size(); i++) {
                pages.add(chapter(guide, chapters, i));
            }
        }
        index.pages().forEach(d -> pages.add(base(d, "pagina").put("forEditors", LuceneSearch.forEditors(d)).build()));
        return pages;
    }

    private PageFactory.Builder base(Document doc, String type) {
        return factory.page(type, doc.url(), doc.title(), doc.text("samenvatting").orElse(""))
                .put("body", bodies.get(doc.path()))
                .put("summary", doc.text("samenvatting").orElse(""))
                .put("sourcePath", doc.path())
                .put("toc", toc(doc))
                .put("bronnen", Facts.sources(doc))
                .put("dateLabel", DutchDates.format(doc.date("datum").orElse(null)))
                .put("updatedLabel", DutchDates.format(doc.date("bijgewerkt").orElse(null)))
                .date(doc.date("datum").orElse(null))
                .tags(doc.strings("trefwoorden"));
    }

    private PageSpec practice(Document doc) {
        PageFactory.Builder page = base(doc, "praktijkvoorbeeld").crumb("Praktijkvoorbeelden", "praktijkvoorbeelden/")
                .put("isoDate", doc.date("datum").map(Object::toString).orElse(""))
                .put("archived", "gearchiveerd".equals(doc.text("status").orElse("")))
                .put("facts", facts.of(doc))
                .put("related", relatedCards(doc))
                .entity(LinkedData.practice(doc, places(doc), facts.terms(Vocabularies.THEMAS, doc.strings("themas")).stream()
                        .map(t -> (String) t.get("label")).toList()));
        doc.object("afbeelding").ifPresent(img -> page.put("image", Map.of(
                "src", site.links().rewrite(doc, (String) img.get("src")), "alt", img.get("alt"))));
        return page.build();
    }

    private List<Map<String, Object>> places(Document doc) {
        var vocabularies = site.source().vocabularies();
        return doc.strings("gemeenten").stream().map(vocabularies.gemeentenByName()::get).filter(java.util.Objects::nonNull)
                .map(g -> LinkedData.municipality(g, vocabularies.term(Vocabularies.PROVINCIES, g.provincie()).map(t -> t.label()).orElse(g.provincie())))
                .toList();
    }

    private List<Map<String, Object>> relatedCards(Document doc) {
        Set<String> slugs = new LinkedHashSet<>(doc.strings("verwant"));
        related.getOrDefault(doc.url(), List.of()).forEach(id -> slugs.add(id.replaceAll("^praktijkvoorbeelden/|/$", "")));
        slugs.remove(doc.slug());
        return slugs.stream().map(index::practice).flatMap(java.util.Optional::stream).limit(RELATED).map(cards::card).toList();
    }

    private PageSpec guide(Document guide) {
        String sector = guide.strings("sectoren").isEmpty() ? "" : guide.strings("sectoren").get(0);
        Map<String, Object> meta = new LinkedHashMap<>();
        for (String key : List.of("versie", "opdrachtgever", "citeerwijze", "licentie")) {
            meta.put(key, guide.text(key).orElse(""));
        }
        meta.put("auteurs", guide.strings("auteurs"));
        String status = guide.text("status").orElse("gepubliceerd");
        return base(guide, "handreiking").crumb("Handreikingen", "handreikingen/")
                .put("sector", facts.terms(Vocabularies.SECTOREN, List.of(sector)).get(0))
                .put("guideStatus", status)
                .put("guideStatusLabel", Cards.statusLabel(status))
                .put("chapters", index.chapters(guide.guideSlug()).stream().map(c -> chapterLink(c, null)).toList())
                .put("printUrl", guide.url() + "print/")
                .put("meta", meta)
                .entity(LinkedData.guide(guide, factory.baseUrl(), index.chapters(guide.guideSlug())))
                .build();
    }

    private PageSpec chapter(Document guide, List<Document> chapters, int i) {
        Document doc = chapters.get(i);
        PageFactory.Builder page = base(doc, "hoofdstuk").crumb("Handreikingen", "handreikingen/").crumb(guide.title(), guide.url())
                .put("guide", Map.of("title", guide.title(), "url", guide.url(), "printUrl", guide.url() + "print/"))
                .put("nr", doc.chapter())
                .put("chapters", chapters.stream().map(c -> chapterLink(c, doc)).toList())
                .entity(LinkedData.chapter(doc, guide, factory.baseUrl()));
        if (i > 0) {
            page.put("prev", Map.of("title", chapters.get(i - 1).title(), "url", chapters.get(i - 1).url()));
        }
        if (i < chapters.size() - 1) {
            page.put("next", Map.of("title", chapters.get(i + 1).title(), "url", chapters.get(i + 1).url()));
        }
        return page.date(guide.date("datum").orElse(null)).build();
    }

    private static Map<String, Object> chapterLink(Document chapter, Document current) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("nr", chapter.chapter());
        link.put("title", chapter.title());
        link.put("url", chapter.url());
        link.put("summary", chapter.text("samenvatting").orElse(""));
        link.put("current", chapter == current);
        return link;
    }

    private List<Map<String, Object>> toc(Document doc) {
        List<Heading> headings = site.parsed(doc).headings();
        if (headings.stream().filter(h -> h.level() == 2).count() < 3) {
            return List.of();
        }
        return headings.stream().filter(h -> h.level() == 2 || h.level() == 3)
                .map(h -> Map.<String, Object>of("level", h.level(), "id", h.id(), "text", h.text())).toList();
    }

    /** A JBake-format document, rendered with JBake's own type and header fields. */
    PageSpec jbake(Document doc) {
        Map<String, Object> fields = new LinkedHashMap<>(doc.fields());
        fields.remove("date");
        fields.remove("tags");
        fields.put("body", bodies.get(doc.path()));
        fields.put("rootpath", JBakeRendering.rootPath(doc.url()));
        return new PageSpec((String) doc.fields().get("type"), doc.url(), doc.title(), doc.date("date").orElse(null),
                doc.strings("tags"), Map.copyOf(fields));
    }
}
