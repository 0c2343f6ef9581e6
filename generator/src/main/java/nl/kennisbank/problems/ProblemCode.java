package nl.kennisbank.problems;

import java.util.Locale;

/**
 * Every problem the build can report: its stable code (what editors, their tools and the editors' guide see),
 * its severity and its Dutch message template ({@link String#format} with {@code %s} placeholders, formatted in
 * {@link Locale#ROOT}). One constant per message; a few constants share a public code where one mistake has
 * several shapes (for example {@code SCHEMA_INVALID}). New checks add a constant here, never a string code.
 */
public enum ProblemCode {

    // --- configuration (jbake.properties, command line) ---
    CONFIG_UNKNOWN_KEY("Onbekende instelling '%s'%s Bekende instellingen: %s."),
    CONFIG_BASE_URL("Het basisadres '%s' moet een volledig webadres zijn, zoals https://kennisbank.example.nl/."),
    CONFIG_INVALID("%s"),
    CONFIG_FOLDER_OUTSIDE(
            "De map %s=%s ligt buiten de map van de site (%s), ook als je koppelingen volgt. Alles wat gepubliceerd wordt, komt uit de site zelf: zet de map erin en geef een pad binnen de site op."),
    ASSET_LINK_ESCAPES(
            "PATH_ESCAPES",
            "Dit bestand is een koppeling naar een plek buiten de map van de site. Zet het echte bestand in de map."),
    CONFIG_LINK("De instelling %s ('%s') moet een volledig webadres zijn dat begint met https://%s."),
    CONFIG_HTML_MODE(
            "Onbekende waarde '%s' voor kennisbank.html. Kies 'escape' (HTML wordt als tekst getoond, de standaard) of 'allow-list' (veilige HTML blijft staan)."),
    CONFIG_WEBEDITOR("De instelling %s ('%s') klopt niet: %s."),
    CONFIG_STATIC_TYPE(
            "'%s' in kennisbank.static-files.allow is geen bestandstype. Schrijf extensies zonder punt, gescheiden door komma's, bijvoorbeeld: html, css."),

    // --- files under content/ ---
    CONTENT_MISSING("De map content/ ontbreekt. Maak haar aan of geef met --source de map van de site op."),
    PATH_ESCAPES_LINK_FILE(
            "PATH_ESCAPES",
            "Dit bestand is een koppeling naar een plek buiten content/. Zet het echte bestand in content/."),
    LINK_DANGLING(
            "Dit bestand is een koppeling naar '%s', maar dat bestaat niet. Verwijder de koppeling of zet het echte bestand op deze plek."),
    FILE_UNREADABLE(
            "Dit bestand kon niet gelezen worden (%s). Controleer of het bestaat en of je het mag lezen, en probeer het opnieuw."),
    FILE_TOO_LARGE("Dit bestand is %s KiB; de grens is %s KiB. Splits de tekst in meer pagina's of hoofdstukken."),
    ENCODING_INVALID(
            "Dit bestand is geen UTF-8. Sla het op als UTF-8 (in de meeste editors: 'Opslaan als' → codering UTF-8)."),
    FILE_EMPTY(
            "Dit bestand is leeg. Begin met een kopblok tussen twee regels '---' (zie de redactiehandleiding) of verwijder het bestand."),
    FRONTMATTER_MISSING(
            "Dit bestand heeft geen kopblok. Ben je de regel '---' bovenaan vergeten? Zet de velden (zoals 'titel:') tussen twee regels '---'."),
    FRONTMATTER_UNCLOSED(
            "Het kopblok begint met '---' maar wordt niet afgesloten. Zet een regel '---' onder het laatste veld."),
    FRONTMATTER_EMPTY("Het kopblok is leeg. Zet er minstens 'titel:' in."),
    FRONTMATTER_NOT_MAPPING("Het kopblok moet uit regels 'veld: waarde' bestaan."),
    CHAPTER_NAME(
            "Een hoofdstuk heet NN-naam.md, met NN het nummer in twee cijfers (bijvoorbeeld 01-signaleren.md). Hernoem '%s.md'."),
    PATH_UNEXPECTED(
            "Dit bestand staat op een plek zonder documentsoort. Praktijkvoorbeelden staan in content/praktijkvoorbeelden/, hoofdstukken in content/handreikingen/<handreiking>/."),
    FILE_IGNORED_BACKUP(
            null,
            Severity.WARNING,
            "Dit is een reservekopie of tijdelijk bestand van een editor. Het wordt niet gepubliceerd. Verwijder het uit content/."),
    FILE_IGNORED_MARKDOWN(
            null,
            Severity.WARNING,
            "Dit bestand wordt niet gepubliceerd: alleen bestanden die op .md eindigen (kleine letters) worden pagina's. Hernoem het naar %s of verwijder het."),
    FILE_TYPE_CODE(
            "Bestanden van het type .%s mogen niet in content/: een browser voert ze uit als code, en ze kunnen delen van de site vervangen. Zet de tekst in een .md-bestand. Is het toch nodig? Dan kan de beheerder van de site het type toestaan met kennisbank.static-files.allow in jbake.properties."),
    FILE_TYPE_SVG(
            "FILE_TYPE_CODE",
            "SVG-bestanden kunnen code bevatten die op de site gaat draaien. Zet de afbeelding om naar PNG of JPG. Is SVG toch nodig? Dan kan de beheerder van de site svg toestaan met kennisbank.static-files.allow in jbake.properties."),
    FILE_TYPE_UNKNOWN(
            "Bestanden van het type %s worden niet gepubliceerd. Toegestaan zijn: %s. Is dit type nodig? Dan kan de beheerder van de site het toestaan met kennisbank.static-files.allow in jbake.properties."),
    HTML_DOCUMENT_UNSUPPORTED(
            "Een .html-bestand met een JBake-kop wordt niet gepubliceerd. Schrijf de pagina als .md-bestand met dezelfde kop; dan wordt ze gecontroleerd zoals elke pagina."),
    SLUG_INVALID_NAME(
            "SLUG_INVALID",
            "De naam '%s' is geen geldige slug: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld '%s'."),

    // --- YAML ---
    YAML_SYNTAX("De YAML in %s klopt niet: %s."),
    YAML_CONTROL_CHARACTER(
            "YAML_SYNTAX",
            "In %s staat hier een onzichtbaar stuurteken (U+%04X). Haal het weg: zo'n teken komt vaak mee bij kopiëren uit Word of een pdf."),
    YAML_KEY_NOT_TEXT(
            "YAML_SYNTAX",
            "Een veldnaam in %s moet gewone tekst zijn, zoals 'titel:'. Hier staat een lijst of blok als veldnaam (met '?' of [ ] vóór de dubbele punt); maak er een gewone naam van."),
    YAML_TOO_MANY_ALIASES(
            "YAML_SYNTAX",
            "De YAML in %s verwijst te vaak naar eerder gegeven waarden (YAML-verwijzingen zoals *naam; de grens is %s). Schrijf de waarden gewoon uit."),
    YAML_TOO_LARGE(
            "YAML_SYNTAX", "De YAML in %s is te groot. Zet lange tekst onder het kopblok, in de tekst van de pagina."),
    YAML_LIMIT(
            "YAML_SYNTAX",
            "De YAML in %s kon niet gelezen worden. Controleer inspringing (spaties, geen tabs), dubbele punten en aanhalingstekens."),
    YAML_TOO_DEEP(
            "De YAML in %s is dieper genest dan %s niveaus (lijsten of blokken in elkaar). Schrijf de waarden platter op, zoals 'sectoren: [onderwijs, jgz]'."),
    YAML_ALIAS_RECURSIVE(
            "Deze waarde verwijst naar zichzelf (een YAML-anker &naam dat binnen zichzelf *naam gebruikt). Schrijf de waarde gewoon uit, zonder & en *."),
    YAML_DUPLICATE_KEY("Het veld '%s' staat twee keer in %s. Houd er één over."),

    // --- front matter against the schema ---
    TYPE_MISMATCH(
            "Dit bestand staat in de map voor een %s, maar heeft 'type: %s'. Haal 'type' weg of verplaats het bestand naar de goede map."),
    FIELD_UNKNOWN("Onbekend veld '%s'%s Toegestaan zijn: %s."),
    FIELD_EMPTY("FIELD_REQUIRED", "Het veld '%s' is leeg. Vul %s in."),
    FIELD_MISSING("FIELD_REQUIRED", "Het verplichte veld '%s' ontbreekt. Voeg het toe: %s: … (%s)."),
    JBAKE_TYPE_MISSING("FIELD_REQUIRED", "Een JBake-kop heeft 'type=' nodig, bijvoorbeeld type=post of type=page."),
    FIELD_TYPE("Het veld '%s' moet %s zijn, maar is %s."),
    FIELD_TYPE_OBJECT("FIELD_TYPE", "Het veld '%s' moet %s zijn, zoals %s."),
    FIELD_TYPE_NUMBER("FIELD_TYPE", "Het veld '%s' moet een heel getal zijn, zoals 12; '%s' is dat niet."),
    FIELD_TOO_FEW("Het veld '%s' heeft minstens %s waarde(n) nodig."),
    FIELD_TOO_MANY("Het veld '%s' mag hoogstens %s waarde(n) hebben; nu zijn het er %s."),
    EVIDENCE_WITHOUT_SOURCE(
            "Het niveau '%s' staat er zonder bron. Vul ook 'databank' (bijvoorbeeld Databank Effectieve Jeugdinterventies) en 'link' (de pagina van de aanpak in die databank) in, of zet niveau: niet-beoordeeld."),
    TEXT_TOO_LONG("Het veld '%s' is %s tekens; maak het hoogstens %s tekens."),
    NUMBER_OUT_OF_RANGE("Het veld '%s' moet tussen %s en %s liggen."),
    DATE_INVALID("Het veld '%s' moet een bestaande datum zijn als JJJJ-MM-DD, zoals 2026-11-20; '%s' is dat niet."),
    PERIOD_INVALID(
            "DATE_INVALID",
            "Het veld '%s' moet een jaar (2019), maand (2019-07) of datum (2019-07-01) zijn; '%s' is dat niet."),
    JBAKE_DATE_INVALID("DATE_INVALID", "De datum '%s' moet de vorm JJJJ-MM-DD hebben."),
    VALUE_UNKNOWN("Onbekende waarde '%s' in '%s'%s%s"),
    VOCAB_UNKNOWN("%s '%s' in '%s'%s%s"),
    GEMEENTE_UNKNOWN("Onbekende gemeente '%s' in '%s'%s%s"),
    URL_INVALID("Het veld '%s' moet een volledig webadres zijn dat begint met https://; '%s' is dat niet."),
    EMAIL_INVALID(
            "Het veld '%s' moet een e-mailadres zijn, zoals info@organisatie.nl (een algemeen adres, geen persoon); '%s' is dat niet."),
    SLUG_INVALID(
            "Het veld '%s' moet een slug zijn: kleine letters, cijfers en streepjes, zoals u-pas-utrecht; '%s' is dat niet."),

    // --- data/ (schema and vocabularies) ---
    SCHEMA_NOT_MAPPING("SCHEMA_INVALID", "Het schema moet per documentsoort een blok met velden hebben."),
    SCHEMA_TYPE_WITHOUT_FIELDS("SCHEMA_INVALID", "Documentsoort '%s' heeft geen velden."),
    SCHEMA_FIELD_NOT_MAPPING("SCHEMA_INVALID", "Veld '%s' in het schema moet een blok met 'type:' zijn."),
    SCHEMA_FIELD_TYPE_UNKNOWN("SCHEMA_INVALID", "Veld '%s' heeft een onbekend type '%s'."),
    SCHEMA_FIELD_NUMBER(
            "SCHEMA_INVALID", "'%s' van veld '%s' in het schema moet een heel getal zijn, zoals 3; '%s' is dat niet."),
    SCHEMA_MISSING_FOR_CONTENT(
            "SCHEMA_MISSING",
            "Het bestand data/schema.yml ontbreekt, maar %s (en misschien meer) heeft een YAML-kopblok dat ermee gecontroleerd moet worden. Zet data/schema.yml terug uit Git; tot dan wordt geen kopblok gecontroleerd."),
    VOCAB_FILE_MISSING("Het bestand %s ontbreekt. Zet de lijst terug uit Git."),
    VOCAB_ID_INVALID("VOCAB_FILE_INVALID", "Elk item heeft een 'id' van kleine letters, cijfers en streepjes."),
    VOCAB_ID_DUPLICATE("VOCAB_FILE_INVALID", "De id '%s' staat twee keer in %s."),
    VOCAB_GEMEENTE_INCOMPLETE(
            "VOCAB_FILE_INVALID", "Elke gemeente heeft 'naam', 'cbs' (GM en vier cijfers) en 'provincie'."),
    VOCAB_GEMEENTE_PROVINCE(
            "VOCAB_FILE_INVALID",
            "De provincie '%s' van %s staat niet in data/provincies.yml. Gebruik de id van een provincie, zoals 'noord-holland'."),
    VOCAB_GEMEENTE_DUPLICATE("VOCAB_FILE_INVALID", "De gemeente '%s' staat twee keer in data/gemeenten.yml."),
    VOCAB_SYNONYM_GROUP(
            "VOCAB_FILE_INVALID",
            "Elke regel in synoniemen.yml is een lijst woorden, zoals [jeugdgezondheidszorg, JGZ]."),
    VOCAB_NOT_LIST("VOCAB_FILE_INVALID", "%s moet een lijst zijn: elk item begint met '- '."),
    VOCAB_ITEM_NOT_MAPPING("VOCAB_FILE_INVALID", "Elk item in %s is een blok met velden."),

    // --- the site as a whole ---
    SLUG_DUPLICATE("Dit bestand krijgt hetzelfde adres (/%s) als %s. Geef een van beide een andere bestandsnaam."),
    STATIC_OVER_GENERATED(
            "Dit bestand komt op de site als /%s, maar daar staat al %s. Geef het bestand een andere naam of zet het in een andere map."),
    URL_TAKEN("Het adres /%s is al van een pagina die de site zelf maakt. Kies een andere bestandsnaam."),
    GUIDE_MISSING(
            "Dit hoofdstuk hoort bij handreiking '%s', maar content/handreikingen/%s/index.md ontbreekt. Maak die aan."),
    CHAPTER_DUPLICATE("Hoofdstuknummer %s komt ook voor in %s. Geef elk hoofdstuk een eigen nummer."),
    REFERENCE_UNKNOWN(
            "Er is geen gepubliceerd praktijkvoorbeeld met slug '%s'%s De slug is de bestandsnaam zonder .md."),
    REFERENCE_SELF("Een praktijkvoorbeeld kan niet naar zichzelf verwijzen in 'verwant'. Haal '%s' weg."),

    // --- moved pages: aliassen: in front matter, and --previous-sitemap ---
    ALIAS_INVALID(
            "Het veld '%s' moet een oud adres op deze site zijn, zoals praktijkvoorbeelden/oude-naam/: delen van kleine letters, cijfers en streepjes, gescheiden door /, zonder https:// of .html; '%s' is dat niet."),
    ALIAS_TAKEN_BY_PAGE(
            "ALIAS_TAKEN",
            "Het oude adres /%s is nu het adres van %s. Een alias moet een adres zijn dat geen pagina meer heeft; haal het weg uit 'aliassen'."),
    ALIAS_TAKEN_BY_SITE(
            "ALIAS_TAKEN", "Het oude adres /%s is van een pagina die de site zelf maakt. Haal het weg uit 'aliassen'."),
    ALIAS_DUPLICATE(
            "Het oude adres /%s staat ook in 'aliassen' van %s. Een oud adres kan maar naar één pagina verwijzen; haal het bij een van beide weg."),
    URL_GONE_RENAMED(
            "URL_GONE",
            Severity.WARNING,
            "Het adres /%s stond in de vorige sitemap, maar deze build heeft er geen pagina of doorverwijzing voor: wie het adres bewaard heeft, krijgt 'niet gevonden'. Is dit de hernoemde pagina? Zet dan in het kopblok: aliassen: [%s]. Is de pagina bewust weg, dan kun je deze waarschuwing negeren."),
    URL_GONE(
            null,
            Severity.WARNING,
            "Het adres /%s stond in de vorige sitemap, maar deze build heeft er geen pagina of doorverwijzing voor: wie het adres bewaard heeft, krijgt 'niet gevonden'. Is de pagina hernoemd? Zet dan in het kopblok van de nieuwe pagina: aliassen: [%s]. Is de pagina bewust weg, dan kun je deze waarschuwing negeren."),
    CONFIG_PREVIOUS_SITEMAP(
            "De vorige sitemap %s kan ik niet lezen. Geef met --previous-sitemap het sitemap.xml-bestand van de gepubliceerde site, of laat de optie weg."),
    CONFIG_PREVIOUS_SITEMAP_EMPTY(
            "CONFIG_PREVIOUS_SITEMAP",
            "In %s staat geen enkel <loc>-adres: dit is geen sitemap. Geef met --previous-sitemap het sitemap.xml-bestand van de gepubliceerde site."),

    // --- the body: links, images, HTML, headings ---
    LINK_UNSAFE("Links met '%s' zijn niet toegestaan. Gebruik https://, mailto: of een link naar een .md-bestand."),
    LINK_BROKEN_SITE_PAGE(
            "LINK_BROKEN",
            "De pagina '%s' bestaat niet op de site. Link naar het .md-bestand, bijvoorbeeld ../praktijkvoorbeelden/u-pas.md."),
    LINK_BROKEN(
            "De link '%s' wijst naar content/%s, maar dat bestand bestaat niet%s Controleer de bestandsnaam en het pad."),
    PATH_ESCAPES("De link '%s' wijst naar een plek buiten content/. Link alleen naar bestanden in content/."),
    LINK_TO_DRAFT(
            "De link '%s' wijst naar een concept dat niet gepubliceerd wordt. Publiceer dat eerst of haal de link weg."),
    ANCHOR_BROKEN("De link '%s' wijst naar het kopje #%s, maar dat kopje bestaat niet in %s%s"),
    IMAGE_ALT_MISSING(
            "Deze afbeelding heeft geen alt-tekst. Beschrijf tussen de blokhaken wat er te zien is: ![Wat je ziet](%s)."),
    IMAGE_EXTERNAL(
            "Afbeeldingen van andere websites zijn niet toegestaan (privacy: geen verzoeken naar derden). Zet de afbeelding in content/ en link ernaar."),
    IMAGE_INVALID("'%s' is geen afbeelding in content/."),
    HTML_UNSAFE(
            "HTML met %s is niet toegestaan en wordt niet gepubliceerd. Haal het weg of schrijf de tekst in Markdown."),
    HTML_ESCAPED(
            null,
            Severity.WARNING,
            "Hier staat HTML ('%s'). Op deze site staat HTML uit, dus lezers zien de code als tekst. Schrijf het in Markdown, of zet code tussen `backticks`."),
    MARKDOWN_TOO_DEEP(
            "Hier staan meer dan %s citaten ('>') of lijsten in elkaar. Zo diep nest geen pagina; maak de tekst platter."),
    MARKDOWN_TOO_COMPLEX(
            "Deze tekst is te ingewikkeld om te verwerken (te veel opmaak in elkaar). Vereenvoudig de opmaak, bijvoorbeeld minder citaten of lijsten in elkaar."),
    HEADING_LEVEL("Gebruik geen kopje met één # : de titel is al de hoofdkop van de pagina. Begin met ## ."),
    HEADING_ORDER("Dit kopje slaat een niveau over (van %s naar %s). Gebruik %s zodat schermlezers de opbouw volgen."),

    // --- what slips through: placeholders left by 'new', dates, personal details ---
    PLACEHOLDER_LEFT(
            null,
            Severity.WARNING,
            "Hier staat nog INVULLEN. Vervang het door je eigen tekst of keuze (en haal het woord INVULLEN weg)."),
    SCHEMA_MISSING_FOR_NEW(
            "SCHEMA_MISSING",
            "data/schema.yml ontbreekt. Start in de map van de kennisbank of geef die op met --source."),
    BRONNEN_MISSING(
            null,
            Severity.WARNING,
            "Deze pagina noemt geen bronnen. Zet in het kopblok 'bronnen:' met per bron titel, uitgever en (als de bron die geeft) datum en link; zie 'Bronnen vermelden' in de redactiehandleiding. Gaat de pagina alleen over de site zelf, schrijf dan 'bronnen: []'."),
    DATE_IN_FUTURE(
            null,
            Severity.WARNING,
            "Het veld '%s' (%s) ligt in de toekomst; vandaag is het %s. Een datum in de toekomst zet de pagina"
                    + " bovenaan de lijsten. Gebruik de datum waarop je publiceert of de pagina bijwerkt."),
    DATE_FAR_FUTURE(
            "Het veld '%s' (%s) ligt meer dan een jaar in de toekomst; vandaag is het %s. Dat is vast een typefout in het jaar."
                    + " Gebruik de datum waarop je publiceert of de pagina bijwerkt."),
    PERIOD_END_BEFORE_START(
            "Het einde van de looptijd (eind: %s) ligt vóór het begin (start: %s). Verbeter een van beide. Een eind in de toekomst mag."),
    PERSONAL_EMAIL(
            null,
            Severity.WARNING,
            "'%s' lijkt het e-mailadres van een persoon. Noem op deze site geen personen (privacy):"
                    + " gebruik een algemeen adres van de organisatie, zoals info@…"),
    PERSONAL_PHONE(
            null,
            Severity.WARNING,
            "'%s' lijkt het mobiele nummer van een persoon. Noem op deze site geen persoonlijke nummers (privacy):"
                    + " gebruik het algemene nummer van de organisatie."),

    // --- JBake-format sites (no data/schema.yml): where stock JBake logs and skips, these warn with a location ---
    JBAKE_HEADER_INVALID(
            null,
            Severity.WARNING,
            "Dit bestand heeft geen geldige JBake-kop: type= of status= ontbreekt, en jbake.properties geeft"
                    + " geen default.type of default.status. Het wordt niet gepubliceerd (zoals bij JBake). Zet type=… en status=… in de kop, boven de regel %s."),
    JBAKE_TYPE_UNKNOWN(
            null,
            Severity.WARNING,
            "Het documenttype '%s' heeft geen template, dus het bestand wordt niet gepubliceerd (zoals bij JBake)."
                    + " Kies type=post of type=page, of voeg template.%s.file=… toe aan jbake.properties."),
    JBAKE_DATE_MISSING(
            null,
            Severity.WARNING,
            "De kop heeft geen date=. Zoals JBake neemt de generator dan de wijzigingstijd van het bestand,"
                    + " en die verandert bij elke kopie of checkout. Zet date=… in de kop, in de vorm van date.format (standaard JJJJ-MM-DD)."),
    JBAKE_DATE_FORMAT("De datum '%s' past niet bij date.format=%s in jbake.properties. Schrijf de datum in die vorm,"
            + " of pas date.format (en voor maandnamen jvm.locale) aan."),
    JBAKE_HTML_REMOVED(
            null,
            Severity.WARNING,
            "Uit deze pagina is %s weggelaten, omdat het code kan uitvoeren of gegevens kan lekken."
                    + " Gebruik gewone HTML-opmaak (koppen, alinea's, lijsten, tabellen, links, afbeeldingen)."),
    JBAKE_TEMPLATE_ENGINE(
            null,
            Severity.WARNING,
            "Documenten van het type '%s' gebruiken de template '%s', maar alleen FreeMarker-templates (.ftl) worden"
                    + " ondersteund. Deze pagina wordt niet gemaakt. Zet de template om naar FreeMarker en pas template.%1$s.file aan."),
    JBAKE_ASCIIDOC(
            "AsciiDoc wordt niet ondersteund: daarvoor is AsciidoctorJ met JRuby nodig (tientallen MB en een trage start)."
                    + " Zet de tekst om naar Markdown (.md) of HTML (.html) met dezelfde JBake-kop, of haal het bestand uit de contentmap."),
    JBAKE_SETTING_UNSUPPORTED(null, Severity.WARNING, "De JBake-instelling '%s' wordt niet gebruikt: %s"),
    JBAKE_SETTING_UNKNOWN(
            null,
            Severity.WARNING,
            "De instelling '%s' kent JBake niet, en geen template leest haar (als config.%s)."
                    + " Is het een tikfout? Anders kun je de regel weghalen."),
    JBAKE_DATA_INVALID(
            null,
            Severity.WARNING,
            "Dit bestand in de datamap is geen geldige YAML (%s); templates krijgen er via data.get(…) niets uit."
                    + " Verbeter het bestand op deze plek."),
    JBAKE_STATIC_REFUSED(
            null,
            Severity.WARNING,
            "Dit bestand wordt niet gepubliceerd: bestanden van het type .%s kunnen in een browser code uitvoeren"
                    + " (stock JBake kopieert het wel). Is het nodig? Sta het type toe met kennisbank.static-files.allow in jbake.properties."),

    // --- templates ---
    TEMPLATE_ERROR("Fout in de template bij het maken van %s: %s"),
    TEMPLATE_SYNTAX("De template klopt niet: %s"),
    TEMPLATE_MISSING("De template ontbreekt (nodig voor %s). Maak het bestand aan of pas jbake.properties aan."),
    RENDER_FAILED("Het maken van %s mislukte: %s"),

    // --- the output folder ---
    OUTPUT_SWAP_INTERRUPTED(
            null,
            Severity.WARNING,
            "Een eerdere build is afgebroken tijdens het vervangen van de site: %s. De volgende './kennisbank build' zet dit recht; je hoeft niets met de hand te doen."),
    OUTPUT_SWAP_REPAIRED(
            null,
            Severity.WARNING,
            "Een eerdere build was afgebroken tijdens het vervangen van de site; dat is nu hersteld: %s.");

    private final String code;
    private final Severity severity;
    private final String template;

    ProblemCode(String template) {
        this(null, Severity.ERROR, template);
    }

    ProblemCode(String code, String template) {
        this(code, Severity.ERROR, template);
    }

    ProblemCode(String code, Severity severity, String template) {
        this.code = code == null ? name() : code;
        this.severity = severity;
        this.template = template;
    }

    /** The stable code editors and tools see, e.g. {@code VOCAB_UNKNOWN}. */
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** The Dutch message template, {@code %s} for each argument. */
    public String template() {
        return template;
    }

    /** The Dutch message with its arguments filled in. */
    public String message(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }

    /** This problem at {@code at}, its message filled in with {@code args}. */
    public Problem at(Location at, Object... args) {
        return new Problem(at.path(), at.line(), at.column(), severity, this, message(args));
    }
}
