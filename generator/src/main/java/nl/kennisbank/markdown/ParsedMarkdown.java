package nl.kennisbank.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.Set;

/**
 * A parsed Markdown body and what the checks need from it (contacts: persons' e-mail addresses and mobile numbers). The AST is rendered later by the same thread
 * that owns it.
 *
 * @param ast the tree; null once a build has rendered it ({@link #withoutTree()})
 */
public record ParsedMarkdown(
        Document ast,
        List<Heading> headings,
        Set<String> anchors,
        List<MarkdownLink> links,
        List<RawHtml> rawHtml,
        int words,
        List<ContactMention> contacts) {

    /**
     * What the later stages read (headings, anchors, links, raw HTML, words), without the tree: a tree takes several
     * times the memory of its text, so a build lets it go once the body is rendered.
     */
    public ParsedMarkdown withoutTree() {
        return new ParsedMarkdown(null, headings, anchors, links, rawHtml, words, contacts);
    }
}
