package nl.kennisbank.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.kennisbank.site.ExampleSite;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.TestUtil;
import org.junit.AfterClass;
import org.junit.BeforeClass;

/**
 * Our token filters ({@link PhraseAbbreviationFilter}, {@link SurfaceRecorder}, {@link CompoundSplitter},
 * {@link CachingStemFilter}) inside the whole chain, under Lucene's own token-stream checks: positions, offsets and
 * lengths consistent, reset/end/close honoured, reuse across texts, and random text of every script and length
 * (BaseTokenStreamTestCase's checkRandomData, with a random seed that a failure prints for replay). JUnit 4, as
 * Lucene's test framework is; the vintage engine runs it with the rest.
 */
public class AnalysisChainContractTest extends BaseTokenStreamTestCase {

    private static DutchAnalysis plain;
    private static DutchAnalysis withPhrases;
    private static DutchAnalysis recording;
    private static Set<String> recorded;

    @BeforeClass
    public static void buildChains() throws IOException {
        plain = new DutchAnalysis(SearchSettings.load(ExampleSite.root()));
        withPhrases = plain.withPhraseSynonyms(new SearchVocabulary(
                List.of(List.of("voor- en vroegschoolse educatie", "VVE"), List.of("buitenschoolse opvang", "bso"))));
        recorded = ConcurrentHashMap.newKeySet();
        recording = plain.recordingSurfaceWords(recorded)
                .withPhraseSynonyms(new SearchVocabulary(List.of(List.of("buitenschoolse opvang", "bso"))));
    }

    @AfterClass
    public static void closeChains() {
        plain.close();
        withPhrases.close();
        recording.close();
        plain = withPhrases = recording = null;
        recorded = null;
    }

    public void testCompoundPartsStandAtTheWholeWordsPositionWithItsOffsets() throws IOException {
        assertAnalyzesTo(
                plain,
                "de kinderopvangtoeslag",
                new String[] {"kinderopvangtoeslag", "kinderopvang", "toeslag"},
                new int[] {3, 3, 3},
                new int[] {22, 22, 22},
                new int[] {2, 0, 0});
    }

    public void testAnAbbreviationStandsAtThePhrasesFirstWordAndSpansThePhrase() throws IOException {
        assertAnalyzesTo(
                withPhrases,
                "naar buitenschoolse opvang gaan",
                new String[] {"buitenschol", "bso", "opvang", "gan"},
                new int[] {5, 5, 20, 27},
                new int[] {19, 26, 26, 31},
                null,
                new int[] {2, 0, 1, 1});
    }

    public void testAPhraseThatBreaksOffLeavesItsWordsAsTheyWere() throws IOException {
        assertAnalyzesTo(
                withPhrases,
                "buitenschoolse activiteiten",
                new String[] {"buitenschol", "activiteit"},
                new int[] {0, 15},
                new int[] {14, 27},
                new int[] {1, 1});
    }

    public void testRandomTextKeepsTheTokenStreamContract() throws IOException {
        checkRandomData(random(), plain, 300 * RANDOM_MULTIPLIER);
    }

    public void testRandomTextKeepsTheContractWithPhrasesAndRecording() throws IOException {
        checkRandomData(random(), withPhrases, 200 * RANDOM_MULTIPLIER);
        checkRandomData(random(), recording, 200 * RANDOM_MULTIPLIER);
    }

    public void testLongRandomTextsKeepTheContract() throws IOException {
        checkRandomData(random(), plain, 4 * RANDOM_MULTIPLIER, 4096);
        checkRandomData(random(), withPhrases, 4 * RANDOM_MULTIPLIER, 4096);
    }

    public void testRecordingSurfaceWordsNeverChangesTheTerms() throws IOException {
        for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
            String text = random().nextBoolean()
                    ? TestUtil.randomAnalysisString(random(), 200, false)
                    : TestUtil.randomSimpleString(random(), 200) + " buitenschoolse opvang "
                            + TestUtil.randomSimpleString(random(), 20);
            assertEquals(text, withoutRecording(text), recording.terms(text));
        }
    }

    private static List<String> withoutRecording(String text) {
        try (DutchAnalysis same =
                plain.withPhraseSynonyms(new SearchVocabulary(List.of(List.of("buitenschoolse opvang", "bso"))))) {
            return same.terms(text);
        }
    }
}
