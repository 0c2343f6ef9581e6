package nl.kennisbank.site.validate;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.Gemeente;
import nl.kennisbank.content.Term;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.publish.OutputFolder;
import nl.kennisbank.site.source.SiteSource;

/** The URLs of generated pages (browse pages, overviews, search), so links to them can be checked and pages cannot take them. */
public final class SiteUrls {

    /** The map page's URL. */
    public static final String MAP = "kaart/";

    static final List<String> SECTIONS = List.of(
            "zoeken/",
            "praktijkvoorbeelden/",
            "handreikingen/",
            "sectoren/",
            "themas/",
            "pijlers/",
            "provincies/",
            "gemeenten/",
            "overzicht/",
            MAP);

    /** Files every build writes besides pages, which no document or static file may become. */
    static final Set<String> FIXED_FILES =
            Set.of("index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", OutputFolder.MARKER);

    /** Folders the build fills itself (the search index). */
    static final List<String> FIXED_FOLDERS = List.of("zoeken/index/");

    private SiteUrls() {}

    public static Set<String> generated(SiteSource source, List<Document> published) {
        Set<String> urls = new TreeSet<>(SECTIONS);
        urls.add("");
        urls.add("feed.xml");
        urls.add("sitemap.xml");
        Vocabularies v = source.vocabularies();
        for (String list :
                List.of(Vocabularies.SECTOREN, Vocabularies.THEMAS, Vocabularies.PIJLERS, Vocabularies.PROVINCIES)) {
            for (Term t : v.list(list)) {
                urls.add(list + "/" + t.id() + "/");
            }
        }
        Set<String> used = new TreeSet<>();
        published.stream()
                .filter(d -> d.kind() == DocumentKind.PRAKTIJKVOORBEELD)
                .forEach(d -> used.addAll(d.asPractice().gemeenten()));
        for (Gemeente g : v.gemeenten()) {
            if (used.contains(g.naam())) {
                urls.add("gemeenten/" + g.slug() + "/");
            }
        }
        if (source.settings().webEditor().published()) {
            urls.add(nl.kennisbank.webeditor.WebEditor.FOLDER
                    + "/"); // the web editor's page: no content page may take it
        }
        for (Document d : published) {
            if (d.kind() == DocumentKind.HANDREIKING) {
                urls.add(d.url() + "print/");
            }
            if (d.kind() == DocumentKind.PRAKTIJKVOORBEELD) { // the overview counts practices only
                d.typed().published().ifPresent(date -> urls.add("overzicht/" + date.getYear() + "/"));
            }
        }
        return urls;
    }
}
