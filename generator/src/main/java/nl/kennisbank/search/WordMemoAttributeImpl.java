package nl.kennisbank.search;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Lucene's implementation class for {@link WordMemoAttribute} (found by its name). */
public final class WordMemoAttributeImpl extends AttributeImpl implements WordMemoAttribute {

    private WordMemo memo;

    @Override
    public WordMemo memo() {
        return memo;
    }

    @Override
    public void memo(WordMemo memo) {
        this.memo = memo;
    }

    @Override
    public void clear() {
        memo = null;
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((WordMemoAttribute) target).memo(memo);
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(WordMemoAttribute.class, "memo", memo == null ? null : memo.word);
    }
}
