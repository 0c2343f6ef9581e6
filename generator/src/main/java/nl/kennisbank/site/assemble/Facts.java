package nl.kennisbank.site.assemble;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.DocumentKind;
import nl.kennisbank.content.Gemeente;
import nl.kennisbank.content.Practice;
import nl.kennisbank.content.Schema;
import nl.kennisbank.content.Vocabularies;
import nl.kennisbank.pages.DocumentText.Source;
import nl.kennisbank.pages.Links.Link;
import nl.kennisbank.pages.PracticeModel;

/** The facts block of a praktijkvoorbeeld: its vocabulary terms as links, and its optional fields in Dutch. */
public final class Facts {

    private final Vocabularies vocabularies;
    private final Schema schema;
    private final SiteIndex index;

    public Facts(Vocabularies vocabularies, Schema schema, SiteIndex index) {
        this.vocabularies = vocabularies;
        this.schema = schema;
        this.index = index;
    }

    PracticeModel.Facts of(Document doc, Practice practice) {
        Map<String, Gemeente> byName = vocabularies.gemeentenByName();
        List<Link> gemeenten = practice.gemeenten().stream()
                .map(byName::get)
                .map(g -> new Link(g.slug(), g.naam(), "gemeenten/" + g.slug() + "/"))
                .toList();
        return new PracticeModel.Facts(
                terms(Vocabularies.SECTOREN, practice.sectoren()),
                terms(Vocabularies.THEMAS, practice.themas()),
                terms(Vocabularies.PIJLERS, practice.pijlers()),
                gemeenten,
                terms(Vocabularies.PROVINCIES, index.provinces(doc)),
                practice.doelgroep().stream().map(d -> label("doelgroep", d)).toList(),
                practice.leeftijd()
                        .map(l -> l.van() + " tot " + l.tot() + " jaar")
                        .orElse(""),
                practice.looptijd().map(this::looptijd).orElse(null),
                onderbouwing(practice.onderbouwing()
                        .orElse(new Practice.Onderbouwing(
                                PracticeFacets.NOT_ASSESSED, Optional.empty(), Optional.empty()))),
                practice.partners().stream()
                        .map(p -> new PracticeModel.Partner(p.naam(), p.rol(), label("partners.rol", p.rol())))
                        .toList(),
                practice.contact()
                        .map(c -> new PracticeModel.Contact(
                                c.organisatie(),
                                c.website().orElse(""),
                                c.email().orElse("")))
                        .orElse(null),
                sources(practice.bronnen()),
                practice.trefwoorden());
    }

    /** The sources of any page, each with titel, uitgever, link and its datum in Dutch ("" when the source gives none). */
    static List<Source> sources(List<Practice.Bron> bronnen) {
        return bronnen.stream()
                .map(b -> new Source(
                        b.titel(),
                        b.uitgever(),
                        b.link().orElse(""),
                        DutchDates.period(b.datum().orElse(null))))
                .toList();
    }

    List<Link> terms(String vocabulary, List<String> ids) {
        return ids.stream()
                .map(id -> new Link(
                        id,
                        vocabularies.term(vocabulary, id).map(t -> t.label()).orElse(id),
                        vocabulary + "/" + id + "/"))
                .toList();
    }

    private PracticeModel.Looptijd looptijd(Practice.Looptijd l) {
        return new PracticeModel.Looptijd(
                l.fase().orElse(""),
                DutchDates.period(l.start().orElse(null)),
                DutchDates.period(l.eind().orElse(null)),
                l.fase().map(f -> label("looptijd.fase", f)).orElse(""));
    }

    private PracticeModel.Onderbouwing onderbouwing(Practice.Onderbouwing o) {
        return new PracticeModel.Onderbouwing(
                o.niveau(), o.databank().orElse(""), o.link().orElse(""), label("onderbouwing.niveau", o.niveau()));
    }

    private String label(String path, String id) {
        return schema.label(DocumentKind.PRAKTIJKVOORBEELD, path, id);
    }
}
