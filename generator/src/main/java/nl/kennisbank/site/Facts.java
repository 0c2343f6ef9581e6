package nl.kennisbank.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.Gemeente;
import nl.kennisbank.content.Schema;
import nl.kennisbank.content.Vocabularies;

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

    Map<String, Object> of(Document doc) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("sectoren", terms(Vocabularies.SECTOREN, doc.strings("sectoren")));
        facts.put("themas", terms(Vocabularies.THEMAS, doc.strings("themas")));
        facts.put("pijlers", terms(Vocabularies.PIJLERS, doc.strings("pijlers")));
        Map<String, Gemeente> byName = vocabularies.gemeentenByName();
        facts.put("gemeenten", doc.strings("gemeenten").stream().map(byName::get)
                .map(g -> PageFactory.link(g.slug(), g.naam(), "gemeenten/" + g.slug() + "/")).toList());
        facts.put("provincies", terms(Vocabularies.PROVINCIES, index.provinces(doc)));
        facts.put("doelgroep", doc.strings("doelgroep").stream().map(d -> label("doelgroep", d)).toList());
        facts.put("leeftijd", doc.object("leeftijd").map(l -> l.get("van") + " tot " + l.get("tot") + " jaar").orElse(""));
        doc.object("looptijd").ifPresent(l -> facts.put("looptijd", looptijd(l)));
        facts.put("onderbouwing", onderbouwing(doc.object("onderbouwing").orElse(Map.of("niveau", PracticeFacets.NOT_ASSESSED))));
        facts.put("partners", doc.objects("partners").stream().map(p -> Map.of("naam", p.get("naam"), "rol", p.get("rol"),
                "rolLabel", label("partners.rol", (String) p.get("rol")))).toList());
        doc.object("contact").ifPresent(c -> facts.put("contact", strings(c, "organisatie", "website", "email")));
        facts.put("bronnen", sources(doc));
        facts.put("trefwoorden", doc.strings("trefwoorden"));
        return facts;
    }

    /** The sources of any page, each with titel, uitgever, link and its datum in Dutch ("" when the source gives none). */
    static List<Map<String, Object>> sources(Document doc) {
        return doc.objects("bronnen").stream().map(b -> {
            Map<String, Object> bron = strings(b, "titel", "uitgever", "link");
            bron.put("datum", DutchDates.period((String) b.get("datum")));
            return bron;
        }).toList();
    }

    List<Map<String, Object>> terms(String vocabulary, List<String> ids) {
        return ids.stream().map(id -> PageFactory.link(id, vocabularies.term(vocabulary, id).map(t -> t.label()).orElse(id),
                vocabulary + "/" + id + "/")).toList();
    }

    private Map<String, Object> looptijd(Map<String, Object> l) {
        Map<String, Object> out = strings(l, "fase");
        out.put("start", DutchDates.period((String) l.get("start")));
        out.put("eind", DutchDates.period((String) l.get("eind")));
        out.put("faseLabel", Optional.ofNullable((String) l.get("fase")).map(f -> label("looptijd.fase", f)).orElse(""));
        return out;
    }

    private Map<String, Object> onderbouwing(Map<String, Object> o) {
        Map<String, Object> out = strings(o, "niveau", "databank", "link");
        out.put("niveauLabel", label("onderbouwing.niveau", (String) o.get("niveau")));
        return out;
    }

    private String label(String path, String id) {
        return schema.label(DocumentKind.PRAKTIJKVOORBEELD, path, id);
    }

    private static Map<String, Object> strings(Map<String, Object> source, String... keys) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keys) {
            out.put(key, source.get(key) == null ? "" : source.get(key).toString());
        }
        return out;
    }
}
