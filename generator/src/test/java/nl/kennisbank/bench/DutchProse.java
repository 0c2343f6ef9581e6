package nl.kennisbank.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dutch prose with the statistics of real editors' text: a few hundred frequent policy words (Zipf-weighted) mixed
 * with a full Dutch word list (Debian's {@code wdutch}, Zipf-weighted over a seeded shuffle, so the number of distinct
 * word forms keeps growing with the corpus), inflected nouns, adjectives and verbs, compounds made of domain nouns,
 * and the names of municipalities (with their diacritics and apostrophes). Deterministic for a seed and word list.
 */
final class DutchProse {

    /** Frequent words of Dutch texts on child poverty, most frequent first (Zipf rank order). */
    private static final String[] FREQUENT =
            ("de en van het in een met te op armoede gemeenten kinderen om voor aan is "
                            + "kinderarmoede er aanpak dat bij die als kunnen worden wordt zijn samenwerking uit hun tot gezinnen over niet ook "
                            + "scholen wat heeft gemeente zij maken onder deze lokale ouders inzet hebben dit door project meer welke zich mee "
                            + "of aantal hoe al we partners onderzoek vanuit voorbeelden andere inzicht gaan alleen doen organisaties nieuwe "
                            + "inkomen beeld ontwikkelen werkt samen landelijke geeft thema komen kind komt kan zo doelgroep jongeren binnen "
                            + "bereiken ambitie laag bereik integrale doel gezondheid geven naar groot goed onderwijs signaleren ondersteunen "
                            + "sociaal ondersteuning kennis alle afspraken partijen zal looptijd bieden extra leergeld daarnaast werk kansen "
                            + "tegen actief sociale meedoen school dan jeugdgezondheidszorg beter handreikingen omgaan verschillende komende "
                            + "bevorderen eerste beschikbaar maar vragen aangesloten jaar gevolgen effect handreiking waarin twee werden zodat "
                            + "betrokken problemen procent werkende actie wanneer brengen goede eind verder middelen dagelijkse uitvoering hand "
                            + "basis initiatieven gelijke opgroeit leven aandacht geld veel tips staat drie probleem loopt sport activiteiten "
                            + "kunt lukt bestrijding tussen zelf werken samenwerken niveau jaren delen programma rol tijd duurzame waar "
                            + "ervaringsdeskundigen breed ons via rondom alles gemaakt gedeeld ligt gegeven mensen maatregelen wijk acties "
                            + "ingezet uitwerking uitkomsten ondersteund voorzieningen kader subsidie ontvangen oplossingen brede hogere "
                            + "versterking praktijk professionals doet vormen situatie activeren nodig geldzorgen haar gericht indicatoren "
                            + "inkomens gebied groeit hele samenleving raakt vaak minder ervaren wel sleutelrol stimuleren eerder daarmee "
                            + "ontwikkeling domein gebruik bestaanszekerheid opstellen borgen maatschappij knelpunten krijgen kans dus laten "
                            + "helpen ervaringen voorkomen vooral gedrag vorm verbeteren regionale pilot zoals ontstaan waarbij belangrijk "
                            + "vinden gezin bijstand gegevens vergroten voortgang armoedebeleid werkenden perspectief belemmeringen mogelijk "
                            + "fonds kosten cijfers daling kabinet zorgtoeslag zorg algemene nog zullen onderdeel maatschappelijke invulling "
                            + "bestuurders volgende pijlers inwoners meten evalueren werkzame elementen termijn schulden preventie sterke "
                            + "lokaal kwetsbare succesvolle rond sectoren kinderopvang buitenschoolse opvang lessen blijven ontwikkelt nieuw "
                            + "richt leden daarom stevige structurele opbouwen netwerk inzichten bovendien systeem pakken generaties wil "
                            + "iets anders direct naast elkaar hetzelfde idee geen lijst bijeenkomst bestaat organisatie datum vastgelegd "
                            + "ervoor zorgen deelname toekomst aanbieden kindpakket toelichting inspiratie voorlichting hulp budget betalen "
                            + "schoolreisje kijken antwoord waarom vraag moment ruimte vaardigheden weten medewerkers bibliotheken wethouder "
                            + "iedere dag wijze waarop gebruikt aanbevelingen toegankelijk bestaande gemeentelijke opgroeien huishouden "
                            + "armoedegrens bewustwording vervolgens concrete praktische financiële aanvulling bepalen laptops pakket "
                            + "huishoudens sinds koopkracht kinderbijslag huurtoeslag omdat kansarmoede resultaten samenhang regio steun "
                            + "leerlingen starten versterken vier staan oplossen sluiten mogelijkheden overzicht daadwerkelijk gebruiken")
                    .split(" ");
    /** Domain nouns: singular, plural. */
    private static final String[][] NOUNS = {
        {"kind", "kinderen"},
        {"gezin", "gezinnen"},
        {"ouder", "ouders"},
        {"jongere", "jongeren"},
        {"school", "scholen"},
        {"leerling", "leerlingen"},
        {"leerkracht", "leerkrachten"},
        {"schoolreisje", "schoolreisjes"},
        {"kindpakket", "kindpakketten"},
        {"gemeente", "gemeenten"},
        {"consultatiebureau", "consultatiebureaus"},
        {"jeugdarts", "jeugdartsen"},
        {"wijkteam", "wijkteams"},
        {"ervaringsdeskundige", "ervaringsdeskundigen"},
        {"budgetcoach", "budgetcoaches"},
        {"regeling", "regelingen"},
        {"voorziening", "voorzieningen"},
        {"signaal", "signalen"},
        {"aanvraag", "aanvragen"},
        {"toeslag", "toeslagen"},
        {"schuld", "schulden"},
        {"huishouden", "huishoudens"},
        {"docent", "docenten"},
        {"mentor", "mentoren"},
        {"peuter", "peuters"},
        {"wethouder", "wethouders"},
        {"bijeenkomst", "bijeenkomsten"},
        {"training", "trainingen"},
        {"laptop", "laptops"},
        {"fiets", "fietsen"},
        {"zwemles", "zwemlessen"},
        {"ouderbijdrage", "ouderbijdragen"},
        {"voedselbank", "voedselbanken"},
        {"sportclub", "sportclubs"},
        {"huisbezoek", "huisbezoeken"},
        {"gesprek", "gesprekken"},
        {"werkwijze", "werkwijzen"},
        {"stage", "stages"},
        {"verjaardag", "verjaardagen"},
        {"doelgroep", "doelgroepen"},
        {"loket", "loketten"},
        {"vrijwilliger", "vrijwilligers"},
        {"fonds", "fondsen"},
        {"buurt", "buurten"},
        {"wijk", "wijken"},
        {"ontbijt", "ontbijten"},
        {"uitkering", "uitkeringen"}
    };
    /** First parts of compounds, joined to a noun: schoolkosten, armoederegeling, jeugdwijkteam. */
    private static final String[] COMPOUND_HEADS = {
        "school",
        "armoede",
        "jeugd",
        "gezins",
        "kinder",
        "wijk",
        "sport",
        "zorg",
        "geld",
        "budget",
        "buurt",
        "ouder",
        "leer",
        "inkomens",
        "schuld",
        "energie",
        "voedsel",
        "kleding"
    };

    private static final String[] COMPOUND_TAILS = {
        "kosten",
        "regeling",
        "fonds",
        "coach",
        "team",
        "beleid",
        "loket",
        "pakket",
        "bijdrage",
        "toeslag",
        "gesprek",
        "aanpak",
        "plan",
        "zorgen",
        "hulp",
        "bank",
        "club",
        "netwerk"
    };
    /** Adjectives: base, inflected. */
    private static final String[][] ADJECTIVES = {
        {"financieel", "financiële"},
        {"kwetsbaar", "kwetsbare"},
        {"laag", "lage"},
        {"gezond", "gezonde"},
        {"structureel", "structurele"},
        {"lokaal", "lokale"},
        {"laagdrempelig", "laagdrempelige"},
        {"preventief", "preventieve"},
        {"sociaal", "sociale"},
        {"duurzaam", "duurzame"},
        {"alleenstaand", "alleenstaande"},
        {"praktisch", "praktische"},
        {"nieuw", "nieuwe"},
        {"breed", "brede"},
        {"passend", "passende"},
        {"onzichtbaar", "onzichtbare"},
        {"wijkgericht", "wijkgerichte"}
    };
    /** Verbs: third person singular, plural, past participle. */
    private static final String[][] VERBS = {
        {"signaleert", "signaleren", "gesignaleerd"},
        {"ondersteunt", "ondersteunen", "ondersteund"},
        {"bereikt", "bereiken", "bereikt"},
        {"helpt", "helpen", "geholpen"},
        {"bespreekt", "bespreken", "besproken"},
        {"organiseert", "organiseren", "georganiseerd"},
        {"vergoedt", "vergoeden", "vergoed"},
        {"betaalt", "betalen", "betaald"},
        {"begeleidt", "begeleiden", "begeleid"},
        {"evalueert", "evalueren", "geëvalueerd"},
        {"financiert", "financieren", "gefinancierd"},
        {"ontwikkelt", "ontwikkelen", "ontwikkeld"},
        {"coördineert", "coördineren", "gecoördineerd"},
        {"informeert", "informeren", "geïnformeerd"},
        {"ontvangt", "ontvangen", "ontvangen"},
        {"verstrekt", "verstrekken", "verstrekt"},
        {"voorkomt", "voorkomen", "voorkomen"},
        {"herkent", "herkennen", "herkend"},
        {"betrekt", "betrekken", "betrokken"},
        {"stimuleert", "stimuleren", "gestimuleerd"}
    };

    private static final String[] NAMES = {
        "Stichting Leergeld",
        "Jarige Job",
        "de U-pas",
        "het Jeugdfonds Sport & Cultuur",
        "de Kinderombudsman",
        "Divosa",
        "de VNG",
        "het NCJ",
        "de GGD",
        "het Nibud",
        "het CBS",
        "het SCP",
        "de PO-Raad",
        "het Centrum voor Jeugd en Gezin",
        "Schuldhulpmaatje",
        "het Nationaal Fonds Kinderhulp",
        "de Belastingdienst"
    };
    private static final String[] ADVERBIALS = {
        "al vroeg",
        "zonder wachtlijst",
        "in de wijk",
        "op school",
        "via het wijkteam",
        "samen met ouders",
        "binnen twee weken",
        "aan de keukentafel",
        "tijdens het huisbezoek",
        "na de zomervakantie",
        "bij de intake",
        "zonder ingewikkelde formulieren",
        "dicht bij huis"
    };
    private static final String[] CONNECTORS = {
        "Daarnaast",
        "Bovendien",
        "Ook",
        "Daarom",
        "Vervolgens",
        "In de praktijk",
        "Uit de evaluatie blijkt dat",
        "Sinds 2021",
        "In veel gemeenten",
        "Na een jaar",
        "Opvallend is dat"
    };
    private static final String[] QUOTES = {
        "Ouders durven vaak niet te vragen om hulp.",
        "Een schoolreisje mag nooit afhangen van de portemonnee van ouders.",
        "Zonder vertrouwen kom je niet binnen.",
        "Je moet de signalen leren herkennen."
    };
    /** Share of filler words drawn from the full word list: tuned so 1,000 documents have ~55,000 distinct forms. */
    private static final double LIST_SHARE = 0.25;

    private static final Pattern LIST_WORD = Pattern.compile("[a-zà-öø-ÿ][a-zà-öø-ÿ-]*[a-zà-öø-ÿ]");

    private final Random random;
    private final double[] frequentWeights;
    private final List<String> list;
    private final double[] listWeights;
    private final List<String> places;

    /**
     * @param words  a word list, one word a line (Debian's {@code /usr/share/dict/dutch}); null for the frequent words only
     * @param places municipality names to mention in the text
     */
    DutchProse(long seed, Path words, List<String> places) throws IOException {
        this.random = new Random(seed);
        this.places = List.copyOf(places);
        this.frequentWeights = zipf(FREQUENT.length, 2.7);
        this.list = words == null ? List.of() : listWords(words, seed);
        this.listWeights = zipf(list.size(), 20.0);
    }

    private static List<String> listWords(Path file, long seed) throws IOException {
        Set<String> seen = new HashSet<>(List.of(FREQUENT));
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String w = line.strip();
            if (w.length() >= 3 && LIST_WORD.matcher(w).matches() && !w.contains("--") && seen.add(w)) {
                words.add(w);
            }
        }
        Collections.sort(words);
        Collections.shuffle(words, new Random(seed ^ 0x5eedL)); // the shuffled order is the Zipf rank
        return words;
    }

    /** Cumulative weights 1 / (rank + offset). */
    private static double[] zipf(int n, double offset) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + offset);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static int draw(double[] cumulative, double u) {
        int i = java.util.Arrays.binarySearch(cumulative, u * cumulative[cumulative.length - 1]);
        return Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
    }

    Random random() {
        return random;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String place() {
        return pick(places);
    }

    private String filler() {
        if (!list.isEmpty() && random.nextDouble() < LIST_SHARE) {
            return list.get(draw(listWeights, random.nextDouble()));
        }
        return FREQUENT[draw(frequentWeights, random.nextDouble())];
    }

    private String fillers(int min, int max) {
        StringBuilder s = new StringBuilder();
        for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
            s.append(s.isEmpty() ? "" : " ").append(filler());
        }
        return s.toString();
    }

    private String compound() {
        return pick(COMPOUND_HEADS) + (random.nextBoolean() ? pick(COMPOUND_TAILS) : pick(NOUNS)[random.nextInt(2)]);
    }

    /** A noun phrase: article, perhaps an inflected adjective, a noun or a compound; or a name. */
    private String nounPhrase() {
        double x = random.nextDouble();
        if (x < 0.5) {
            String noun = random.nextDouble() < 0.3 ? compound() : pick(NOUNS)[1];
            return (random.nextBoolean() ? "de " : "")
                    + (random.nextDouble() < 0.4 ? pick(ADJECTIVES)[1] + " " : "")
                    + noun;
        }
        if (x < 0.8) {
            return pick(new String[] {"het ", "een ", "elk "}) + pick(NOUNS)[0];
        }
        return pick(NAMES);
    }

    String sentence() {
        String s = switch (random.nextInt(9)) {
            case 0 -> nounPhrase() + " " + pick(VERBS)[1] + " " + nounPhrase() + " " + pick(ADVERBIALS);
            case 1 -> "In " + place() + " " + pick(VERBS)[1] + " " + nounPhrase() + " " + nounPhrase();
            case 2 ->
                pick(CONNECTORS) + " " + pick(VERBS)[0] + " " + pick(NAMES) + " " + nounPhrase() + " " + fillers(3, 8);
            case 3 -> nounPhrase() + " wordt " + pick(VERBS)[2] + " door " + nounPhrase();
            case 4 ->
                "Het gaat om " + (3 + random.nextInt(93)) + " procent van de " + pick(NOUNS)[1] + " " + fillers(4, 10);
            case 5 -> nounPhrase() + " en " + nounPhrase() + " " + pick(VERBS)[1] + " " + fillers(5, 12);
            case 6 -> "Voor " + pick(NOUNS)[1] + " " + pick(ADJECTIVES)[0] + " " + fillers(4, 9) + " " + nounPhrase();
            case 7 -> fillers(6, 14) + " " + nounPhrase();
            default -> pick(NAMES) + " " + pick(VERBS)[0] + " " + nounPhrase() + " in " + place();
        };
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    /** Sentences up to about {@code words} words. */
    String paragraph(int words) {
        StringBuilder p = new StringBuilder();
        int n = 0;
        while (n < words) {
            String s = random.nextDouble() < 0.04 ? "\u201C" + pick(QUOTES) + "\u201D" : sentence();
            p.append(p.isEmpty() ? "" : " ").append(s);
            n += s.split(" ").length;
        }
        return p.toString();
    }

    String nounForTable() {
        return pick(NOUNS)[1];
    }

    String compoundForTable() {
        String c = compound();
        return Character.toUpperCase(c.charAt(0)) + c.substring(1);
    }
}
