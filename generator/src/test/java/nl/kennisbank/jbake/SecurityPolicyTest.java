package nl.kennisbank.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityPolicyTest {

    @Test
    void aPageWithoutItsOwnPolicyGetsOneAtTheStartOfItsHead() {
        String page = "<!DOCTYPE html><html lang=\"nl\"><HEAD><title>t</title></HEAD><body>x</body></html>";
        assertEquals(
                "<!DOCTYPE html><html lang=\"nl\"><HEAD>" + SecurityPolicy.META
                        + "<title>t</title></HEAD><body>x</body></html>",
                SecurityPolicy.ensure(page));
    }

    @Test
    void aPolicyInTheHeadIsKeptAsItIs() {
        String page = "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head>"
                + "<body></body></html>";
        assertEquals(page, SecurityPolicy.ensure(page));
    }

    @Test
    void textInTheBodyThatNamesAPolicyIsContentAndThePageStillGetsOne() {
        // a title of letters that grow when lower-cased (İ → i̇) once moved the end of the head into the body
        String title = "İ".repeat(60);
        String page = "<html><head><title>" + title + "</title></head><body>http-equiv=content-security-policy "
                + "</body></html>";
        assertTrue(SecurityPolicy.ensure(page).contains(SecurityPolicy.META), "the page has no policy");
    }
}
