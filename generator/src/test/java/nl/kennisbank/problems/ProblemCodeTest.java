package nl.kennisbank.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemCodeTest {

    @Test
    void everyCodeIsStableUpperCaseAndHasADutchSentence() {
        for (ProblemCode code : ProblemCode.values()) {
            assertTrue(code.code().matches("[A-Z]+(_[A-Z]+)*"), code.name());
            assertFalse(code.template().isBlank(), code.name());
        }
    }

    @Test
    void everyTemplateFillsWithoutLeftoverPlaceholders() {
        for (ProblemCode code : ProblemCode.values()) {
            // %s takes any value, %04X (a code point) a number
            Object[] args = java.util.regex.Pattern.compile("%[0-9]*([sXd])")
                    .matcher(code.template())
                    .results()
                    .map(m -> m.group(1).equals("s") ? (Object) "x" : (Object) 1)
                    .toArray();
            String message = code.message(args);
            assertFalse(message.contains("%"), code.name() + ": " + message);
        }
    }

    @Test
    void problemCarriesTheSeverityAndPublicCodeOfItsConstant() {
        Problem p = ProblemCode.FIELD_EMPTY.at(new Location("content/a.md", 3, 7), "titel", "een tekst");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(
                "content/a.md:3:7: error [FIELD_REQUIRED]: Het veld 'titel' is leeg. Vul een tekst in.", p.format());
    }
}
