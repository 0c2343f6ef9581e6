package nl.kennisbank.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses and phone numbers of persons in text: the site names organisations, never people.
 * An address is an organisation's when its first part is a role or a topic (info@, contact@, schuldhulp@, …);
 * one made of name parts (j.jansen@, jan.de.vries@) or a single unknown word is taken to be a person's. Mobile
 * numbers (06, +31 6) are persons'; service numbers (0800, 0900, 088, 14 0xx) and fixed lines are organisations'.
 */
public final class ContactDetails {

    /** What kind of personal detail was found. */
    public enum Kind {
        EMAIL,
        PHONE
    }

    /** A personal detail at a character offset in the text it was found in. */
    public record Mention(Kind kind, String text, int offset) {}

    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\w.%+-])([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");
    static final Pattern MOBILE = Pattern.compile(
            "(?<![\\d+])(?:\\+31|0031|\\(\\+31\\)|0)[\\s.-]?(?:\\(0\\))?[\\s.-]?6[\\s.-]?(?:\\d[\\s.-]?){7}\\d(?!\\d)");
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "info",
            "informatie",
            "contact",
            "kontakt",
            "secretariaat",
            "redactie",
            "servicedesk",
            "helpdesk",
            "support",
            "klantenservice",
            "klantcontact",
            "service",
            "post",
            "postbus",
            "mail",
            "office",
            "admin",
            "administratie",
            "algemeen",
            "communicatie",
            "pers",
            "persvoorlichting",
            "voorlichting",
            "noreply",
            "no",
            "aanmelden",
            "aanmelding",
            "vragen",
            "vraag",
            "team",
            "receptie",
            "balie",
            "loket",
            "gemeente",
            "wijkteam",
            "buurtteam",
            "sociaalteam",
            "jeugd",
            "jgz",
            "schuldhulp",
            "schuldhulpverlening",
            "geldzaken",
            "armoede",
            "minima",
            "subsidie",
            "subsidies",
            "privacy",
            "fg",
            "klachten",
            "ondersteuning",
            "hulp",
            "welkom",
            "nieuwsbrief",
            "webmaster",
            "bestuur",
            "directie",
            "projecten",
            "project",
            "programma",
            "kansen",
            "leergeld",
            "kindpakket",
            "upas",
            "pas",
            "school",
            "onderwijs",
            "zorg",
            "meldpunt",
            "advies",
            "adviesteam",
            "ggd",
            "consultatiebureau",
            "aanvragen",
            "aanvraag",
            "fonds",
            "stichting",
            "vereniging",
            "bureau",
            "planning",
            "intake",
            "coordinatie",
            "coördinatie",
            "teamleider",
            "jongeren",
            "ouders",
            "vrijwilligers",
            "vrijwilliger",
            "werkgevers",
            "inkomen");

    private ContactDetails() {}

    /** Every personal e-mail address and mobile number in {@code text}, in order. */
    public static List<Mention> personal(String text) {
        // Both patterns try every position of the text; most text has no '@' and no run of nine digits, so they
        // run only where they can match (the build checks every text node of every body).
        List<Mention> found = new ArrayList<>();
        if (text.indexOf('@') >= 0) {
            Matcher email = EMAIL.matcher(text);
            while (email.find()) {
                if (isPersonalEmail(email.group())) {
                    found.add(new Mention(Kind.EMAIL, email.group(), email.start()));
                }
            }
        }
        if (mayHoldMobile(text)) {
            Matcher phone = MOBILE.matcher(text);
            while (phone.find()) {
                found.add(new Mention(Kind.PHONE, phone.group(), phone.start()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::offset));
        return found;
    }

    /**
     * False only when {@link #MOBILE} cannot match: a match holds at least nine ASCII digits (6 and eight more), with
     * at most two characters of white space, '.', '-', '(' or ')' between one digit and the next.
     */
    static boolean mayHoldMobile(String text) {
        int digits = 0;
        int gap = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits >= 9) {
                    return true;
                }
                gap = 0;
            } else if (digits > 0
                    && gap < 2
                    && (c == ' '
                            || c == '\t'
                            || c == '\n'
                            || c == '\u000B'
                            || c == '\f'
                            || c == '\r'
                            || c == '.'
                            || c == '-'
                            || c == '('
                            || c == ')')) {
                gap++;
            } else {
                digits = 0;
                gap = 0;
            }
        }
        return false;
    }

    /** True when the address looks like a person's rather than an organisation's. */
    public static boolean isPersonalEmail(String address) {
        int at = address.indexOf('@');
        if (at <= 0) {
            return false;
        }
        String local = address.substring(0, at).toLowerCase(Locale.ROOT);
        String[] parts = local.split("[._+-]+");
        if (parts.length == 0 || ORGANISATION_WORDS.contains(parts[0]) || startsWithOrganisationWord(parts[0])) {
            return false;
        }
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        // leergeldzwolle@leergeldzwolle.nl, upas@u-pas.nl: the organisation's own name
        String firstDomainPart = domain.substring(0, domain.indexOf('.')).replace("-", "");
        if (parts.length == 1 && (firstDomainPart.contains(local) || local.contains(firstDomainPart))) {
            return false;
        }
        return parts[0].chars().allMatch(Character::isLetter);
    }

    /** infodesk@, jeugdzorg@, armoedepact@: a role or topic word of five letters or more (or info) starts the part. */
    private static boolean startsWithOrganisationWord(String part) {
        return part.startsWith("info")
                || ORGANISATION_WORDS.stream().anyMatch(w -> w.length() >= 5 && part.startsWith(w));
    }

    /** True for a Dutch mobile number, which belongs to a person. */
    public static boolean isPersonalPhone(String number) {
        return MOBILE.matcher(number.strip()).matches();
    }
}
