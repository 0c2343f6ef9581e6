package nl.kennisbank.bench;

import java.util.List;
import java.util.Random;

/** Plausible Dutch filler text on the site's subject, from a fixed seed: headings, paragraphs, lists, tables, links. */
final class DutchText {

    private static final List<String> WORDS = List.of("kinderarmoede", "armoede", "gezin", "kinderen", "ouders", "school", "gemeente",
            "jeugdgezondheidszorg", "consultatiebureau", "samenwerking", "schulden", "toeslag", "kinderopvangtoeslag", "meedoen",
            "sport", "cultuur", "schoolreisje", "signaleren", "gesprek", "schaamte", "leerkracht", "wijkteam", "budgetcoach",
            "ervaringsdeskundige", "vrijwilligers", "fonds", "regeling", "aanvraag", "bereik", "werkende", "jongeren", "gezondheid",
            "onderwijskansen", "kindpakket", "beleid", "aanpak", "praktijk", "voorbeeld", "professional", "netwerk", "buurt",
            "de", "het", "een", "en", "van", "voor", "met", "op", "in", "dat", "die", "we", "je", "zij", "helpt", "zorgt",
            "werkt", "ziet", "vraagt", "biedt", "krijgt", "maakt", "goed", "snel", "samen", "vaak", "ook", "meer", "minder");
    private static final List<String> TITLES = List.of("Samen tegen kinderarmoede", "Signalen op school herkennen", "Het gesprek met ouders",
            "Meedoen aan sport en cultuur", "Schulden vroeg aanpakken", "Werkende ouders bereiken", "Jongeren tot 21 jaar",
            "Gezond opgroeien", "Ervaringsdeskundigen aan tafel", "Het kindpakket van de gemeente");

    private final Random random;

    DutchText(Random random) {
        this.random = random;
    }

    String title() {
        return TITLES.get(random.nextInt(TITLES.size()));
    }

    String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS.get(random.nextInt(WORDS.size()));
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i < words - 1 ? " " : ".");
        }
        return s.toString();
    }

    String paragraph(int words) {
        StringBuilder p = new StringBuilder();
        int written = 0;
        while (written < words) {
            int n = 8 + random.nextInt(10);
            p.append(sentence(n)).append(' ');
            written += n;
        }
        return p.toString().strip();
    }

    /** A body of about {@code words} words with H2/H3 headings, a list, a table and links to other practices. */
    String body(int words, int self, int practices) {
        StringBuilder b = new StringBuilder();
        int written = 0;
        int section = 0;
        while (written < words) {
            b.append("\n## ").append(title()).append(' ').append(++section).append("\n\n");
            b.append(paragraph(90)).append("\n\n");
            if (section % 2 == 0) {
                b.append("### Wat je kunt doen\n\n- ").append(sentence(7)).append("\n- ").append(sentence(9)).append("\n- ").append(sentence(6)).append("\n\n");
            }
            if (section % 3 == 0) {
                b.append("| Wie | Wat |\n|---|---|\n| School | ").append(sentence(4)).append(" |\n| Gemeente | ").append(sentence(5)).append(" |\n\n");
            }
            int target = random.nextInt(practices);
            if (target != self) {
                b.append("Lees ook [een ander voorbeeld](voorbeeld-").append(target).append(".md).\n\n");
            }
            b.append(paragraph(80)).append("\n");
            written += 200;
        }
        return b.toString();
    }
}
