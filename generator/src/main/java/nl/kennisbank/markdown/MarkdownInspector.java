package nl.kennisbank.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.kennisbank.content.ContactDetails;

/**
 * Collects from an AST what the checks need: headings with their ids, links (autolinks included), images, every
 * piece of raw HTML (comments included) and a word count.
 */
final class MarkdownInspector {

    private static final int ALT_CHARS = 300;

    ParsedMarkdown inspect(Document ast, ReservedIds reserved) {
        String text = ast.getChars().toString(); // one copy: a String reads far faster than flexmark's sequences
        LineIndex lines = new LineIndex(text);
        headingIds(ast, reserved);
        List<Heading> headings = new ArrayList<>();
        Set<String> anchors = new LinkedHashSet<>();
        List<MarkdownLink> links = new ArrayList<>();
        List<RawHtml> html = new ArrayList<>();
        Set<ContactMention> contacts = new LinkedHashSet<>();
        // URLs as the renderer sees them: entities and backslash escapes decoded (java&#x09;script: is javascript:)
        for (Node node : ast.getDescendants()) {
            contacts(node, lines, contacts);
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                String id = h.getAnchorRefId();
                headings.add(new Heading(h.getLevel(), id, h.getText().toString(), lines.line(node.getStartOffset())));
                anchors.add(id);
            } else if (node instanceof Link link) {
                links.add(new MarkdownLink(
                        MarkdownLink.Kind.LINK,
                        link.getUrl().unescape(),
                        null,
                        lines.line(node.getStartOffset()),
                        lines.column(node.getStartOffset())));
            } else if (node instanceof Image image) {
                links.add(new MarkdownLink(
                        MarkdownLink.Kind.IMAGE,
                        image.getUrl().unescape(),
                        alt(image.getText()),
                        lines.line(node.getStartOffset()),
                        lines.column(node.getStartOffset())));
            } else if (node instanceof LinkRef ref) {
                Reference target = ref.getReferenceNode(ast);
                if (target != null) {
                    links.add(new MarkdownLink(
                            MarkdownLink.Kind.LINK,
                            target.getUrl().unescape(),
                            null,
                            lines.line(node.getStartOffset()),
                            lines.column(node.getStartOffset())));
                }
            } else if (node instanceof ImageRef ref) {
                Reference target = ref.getReferenceNode(ast);
                if (target != null) {
                    links.add(new MarkdownLink(
                            MarkdownLink.Kind.IMAGE,
                            target.getUrl().unescape(),
                            alt(ref.getText()),
                            lines.line(node.getStartOffset()),
                            lines.column(node.getStartOffset())));
                }
            } else if (node instanceof AutoLink || node instanceof MailLink) {
                String url = node instanceof AutoLink auto
                        ? auto.getUrl().toString()
                        : "mailto:" + ((MailLink) node).getText();
                links.add(new MarkdownLink(
                        MarkdownLink.Kind.LINK,
                        url,
                        null,
                        lines.line(node.getStartOffset()),
                        lines.column(node.getStartOffset())));
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                // every kind of raw HTML, comments included: blocks, inline tags and their comment variants
                html.add(new RawHtml(
                        node.getChars().toString(),
                        lines.line(node.getStartOffset()),
                        lines.column(node.getStartOffset())));
            }
        }
        int words = countWords(text);
        return new ParsedMarkdown(
                ast,
                List.copyOf(headings),
                Set.copyOf(anchors),
                List.copyOf(links),
                List.copyOf(html),
                words,
                List.copyOf(contacts));
    }

    /**
     * Gives every heading its id once, here: flexmark's id from the text (duplicates numbered), moved out of the way
     * of the ids the page itself uses. The renderer writes these ids as they are ({@link KeptHeadingIds}).
     */
    private static void headingIds(Document ast, ReservedIds reserved) {
        new HeaderIdGenerator.Factory().create().generateIds(ast);
        List<com.vladsch.flexmark.ast.Heading> headings = new ArrayList<>();
        ast.getDescendants().forEach(n -> {
            if (n instanceof com.vladsch.flexmark.ast.Heading h) {
                headings.add(h);
            }
        });
        Set<String> taken = new java.util.HashSet<>();
        headings.forEach(h -> taken.add(h.getAnchorRefId()));
        for (com.vladsch.flexmark.ast.Heading h : headings) {
            String id = reserved.free(h.getAnchorRefId(), taken);
            taken.add(id);
            h.setAnchorRefId(id);
        }
    }

    /** Persons' e-mail addresses and mobile numbers in text, e-mail links and {@code mailto:}/{@code tel:} links. */
    private static void contacts(Node node, LineIndex lines, Set<ContactMention> found) {
        String text;
        if (node instanceof Text || node instanceof MailLink) {
            text = node.getChars().toString();
        } else if (node instanceof Link link
                && (link.getUrl().startsWith("mailto:") || link.getUrl().startsWith("tel:"))) {
            text = link.getUrl().toString().replaceFirst("^(mailto|tel):", "");
        } else {
            return;
        }
        for (ContactDetails.Mention m : ContactDetails.personal(text)) {
            int offset = node.getStartOffset() + (node instanceof Link ? 0 : m.offset());
            found.add(new ContactMention(m.kind(), m.text(), lines.line(offset), lines.column(offset)));
        }
    }

    /** Words in the text, counted without building a regular expression per document. */
    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /**
     * An image's alt text as far as the checks need it (blank or not): trimmed, at most {@value #ALT_CHARS} characters.
     * A copy of the whole text per image made 20,000 images nested in each other's alt text (120 KB) a quadratic
     * number of characters: gigabytes, and the build ran out of memory while parsing.
     */
    private static String alt(com.vladsch.flexmark.util.sequence.BasedSequence text) {
        com.vladsch.flexmark.util.sequence.BasedSequence trimmed = text.trim();
        return (trimmed.length() > ALT_CHARS ? trimmed.subSequence(0, ALT_CHARS) : trimmed).toString();
    }
}
