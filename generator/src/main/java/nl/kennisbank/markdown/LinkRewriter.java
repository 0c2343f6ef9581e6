package nl.kennisbank.markdown;

/** Rewrites a link or image URL as written in Markdown into the URL the rendered page uses. */
@FunctionalInterface
public interface LinkRewriter {

    /** @return the URL to render; the input itself when nothing needs rewriting */
    String rewrite(String url);
}
