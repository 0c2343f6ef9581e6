package nl.kennisbank.site;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.Gemeente;
import nl.kennisbank.content.Schema;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.pages.DocumentText.Source;
import nl.kennisbank.pages.Links.Link;
import nl.kennisbank.pages.PracticeModel;

/** The facts block of a praktijkvoorbeeld: its vocabulary terms as links, and its optional fields in Dutch. */
final class Facts {

    private final Vocabularies vocabularies;
    private final Schema schema;
    private final SiteIndex index;

    Facts(Vocabularies vocabularies, Schema schema, SiteIndex index) {
        this.vocabularies = vocabularies;
        this.schema = schema;
        this.index = index;
    }

    PracticeModel.Facts of(Document doc) {
        Map<String, Gemeente> byName = vocabularies.gemeentenByName();
        List<Link> gemeenten = doc.strings("gemeenten").stream().map(byName::get)
                .map(g -> new Link(g.slug(), g.naam(), "gemeenten/" + g.slug() + "/")).toList();
        return new PracticeModel.Facts(terms(Vocabularies.SECTOREN, doc.strings("sectoren")), terms(Vocabularies.THEMAS, doc.strings("themas")),
                terms(Vocabularies.PIJLERS, doc.strings("pijlers")), gemeenten, terms(Vocabularies.PROVINCIES, index.provinces(doc)),
                doc.strings("doelgroep").stream().map(d -> label("doelgroep", d)).toList(),
                doc.object("leeftijd").map(l -> l.get("van") + " tot " + l.get("tot") + " jaar").orElse(""),
                doc.object("looptijd").map(this::looptijd).orElse(null),
                onderbouwing(doc.object("onderbouwing").orElse(Map.of("niveau", PracticeFacets.NOT_ASSESSED))),
                doc.objects("partners").stream().map(p -> new PracticeModel.Partner(text(p, "naam"), text(p, "rol"),
                        label("partners.rol", (String) p.get("rol")))).toList(),
                doc.object("contact").map(c -> new PracticeModel.Contact(text(c, "organisatie"), text(c, "website"), text(c, "email"))).orElse(null),
                sources(doc), doc.strings("trefwoorden"));
    }

    /** The sources of any page, each with titel, uitgever, link and its datum in Dutch ("" when the source gives none). */
    static List<Source> sources(Document doc) {
        return doc.objects("bronnen").stream().map(b -> new Source(text(b, "titel"), text(b, "uitgever"), text(b, "link"),
                DutchDates.period((String) b.get("datum")))).toList();
    }

    List<Link> terms(String vocabulary, List<String> ids) {
        return ids.stream().map(id -> new Link(id, vocabularies.term(vocabulary, id).map(t -> t.label()).orElse(id),
                vocabulary + "/" + id + "/")).toList();
    }

    private PracticeModel.Looptijd looptijd(Map<String, Object> l) {
        String fase = (String) l.get("fase");
        return new PracticeModel.Looptijd(text(l, "fase"), DutchDates.period((String) l.get("start")), DutchDates.period((String) l.get("eind")),
                fase == null ? "" : label("looptijd.fase", fase));
    }

    private PracticeModel.Onderbouwing onderbouwing(Map<String, Object> o) {
        return new PracticeModel.Onderbouwing(text(o, "niveau"), text(o, "databank"), text(o, "link"),
                label("onderbouwing.niveau", (String) o.get("niveau")));
    }

    private String label(String path, String id) {
        return schema.label(DocumentKind.PRAKTIJKVOORBEELD, path, id);
    }

    /** A field of an object as text, "" when it is not given. */
    private static String text(Map<String, Object> source, String key) {
        return Objects.toString(source.get(key), "");
    }
}
