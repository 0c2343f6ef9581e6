package nl.kennisbank.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.kennisbank.markdown.MarkdownProcessor;
import nl.kennisbank.site.validate.ValidSite;

/** Stage 3, render Markdown: every published body to sanitised HTML with links rewritten for its page. */
final class BodyRendering {

    private final MarkdownProcessor markdown;
    private final BuildMemory memory;

    BodyRendering(MarkdownProcessor markdown) {
        this(markdown, BuildMemory.none());
    }

    /** With a preview's memory: an unchanged body is not rendered again while no link target changed. */
    BodyRendering(MarkdownProcessor markdown, BuildMemory memory) {
        this.markdown = markdown;
        this.memory = memory;
    }

    /** @return HTML bodies keyed by document path */
    Map<String, String> render(ValidSite site) {
        Map<String, String> bodies = new ConcurrentHashMap<>();
        nl.kennisbank.config.HtmlMode mode = site.source().settings().html();
        site.published().parallelStream()
                .forEach(doc -> bodies.put(
                        doc.path(),
                        memory.body(
                                doc,
                                () -> markdown.render(
                                        site.parsed(doc), url -> site.links().rewrite(doc, url), mode))));
        return Map.copyOf(bodies);
    }
}
