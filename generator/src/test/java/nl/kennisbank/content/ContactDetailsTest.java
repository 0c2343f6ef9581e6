package nl.kennisbank.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import nl.kennisbank.site.FixtureSites;
import org.junit.jupiter.api.Test;

/** Personal e-mail addresses and mobile numbers are found; organisations' addresses and numbers are not. */
class ContactDetailsTest {

    private record Labelled(boolean personal, String text, String why) {}

    private static List<Labelled> labelled() throws IOException {
        List<Labelled> list = new ArrayList<>();
        for (String line : Files.readAllLines(
                FixtureSites.resources().resolveSibling("contact/contactgegevens.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            list.add(new Labelled(cells[0].equals("persoon"), cells[1], cells[2]));
        }
        return list;
    }

    @Test
    void theLabelledListHasAtLeastTwentyOfEachKind() throws IOException {
        List<Labelled> list = labelled();
        assertTrue(list.stream().filter(Labelled::personal).count() >= 20, "persons");
        assertTrue(list.stream().filter(l -> !l.personal()).count() >= 20, "organisations");
        assertTrue(
                list.stream()
                                .filter(l -> l.personal() && !l.text().contains("@"))
                                .count()
                        >= 5,
                "personal numbers");
    }

    @Test
    void findsEveryPersonAndNoOrganisationInTheLabelledList() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Labelled l : labelled()) {
            String sentence = "Neem contact op via " + l.text() + " voor meer informatie.";
            List<ContactDetails.Mention> found = ContactDetails.personal(sentence);
            boolean flagged = !found.isEmpty();
            if (flagged != l.personal()) {
                wrong.add((l.personal() ? "missed " : "wrongly flagged ") + l.text() + " (" + l.why() + ")");
            } else if (flagged) {
                assertEquals(l.text(), found.get(0).text(), "the whole detail is reported");
                assertEquals("Neem contact op via ".length(), found.get(0).offset());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void reportsEachDetailWhereItStands() {
        List<ContactDetails.Mention> found =
                ContactDetails.personal("Bel 06-12345678 of mail j.jansen@utrecht.nl of info@utrecht.nl.");
        assertEquals(
                List.of(
                        new ContactDetails.Mention(ContactDetails.Kind.PHONE, "06-12345678", 4),
                        new ContactDetails.Mention(ContactDetails.Kind.EMAIL, "j.jansen@utrecht.nl", 24)),
                found);
    }

    @Test
    void everyMobileNumberFormatPassesTheQuickCheckThatSkipsTextWithoutOne() {
        String[] separators = {"", " ", ".", "-", "\t", "\n"};
        int formats = 0;
        for (String prefix : List.of("+31", "0031", "(+31)", "0")) {
            for (String first : separators) {
                for (String zero : List.of("", "(0)")) {
                    for (String second : separators) {
                        for (String inner : separators) {
                            String number =
                                    prefix + first + zero + second + "6" + inner + "1234" + inner + "567" + inner + "8";
                            for (String text : List.of(number, "Bel " + number + ".", "tel. 12 " + number + " of 34")) {
                                if (ContactDetails.MOBILE.matcher(text).find()) {
                                    formats++;
                                    assertTrue(ContactDetails.mayHoldMobile(text), text);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(formats > 1000, "formats checked: " + formats);
        assertTrue(!ContactDetails.mayHoldMobile("In 2021 kregen 86 procent van de 1.200 gezinnen € 250."));
    }
}
