package nl.kennisbank.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;

/** Maps Lucene's per-segment doc ids back to our document ordinals (input order). */
final class Ordinals {

    private Ordinals() {}

    static int[] of(LeafReaderContext leaf) throws IOException {
        int[] ordinals = new int[leaf.reader().maxDoc()];
        NumericDocValues values = leaf.reader().getNumericDocValues(Fields.ORDINAL);
        for (int doc = 0; doc < ordinals.length; doc++) {
            values.advanceExact(doc);
            ordinals[doc] = (int) values.longValue();
        }
        return ordinals;
    }
}
