package nl.kennisbank.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.Set;

/**
 * A parsed Markdown body and what the checks need from it (contacts: persons' e-mail addresses and mobile numbers). The AST is rendered later by the same thread
 * that owns it.
 */
public record ParsedMarkdown(Document ast, List<Heading> headings, Set<String> anchors,
                             List<MarkdownLink> links, List<RawHtml> rawHtml, int words, List<ContactMention> contacts) {
}
