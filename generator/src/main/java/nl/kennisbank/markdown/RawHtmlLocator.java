package nl.kennisbank.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps offsets in a rendered body back to the Markdown: flexmark copies each piece of raw HTML verbatim and in
 * order, so each piece is found in the output after the previous one. An offset outside every piece (which the
 * sanitiser should never report, since flexmark's own output is safe) is placed at the piece before it.
 */
final class RawHtmlLocator {

    private record Span(int start, int end, RawHtml source) {}

    private final List<Span> spans = new ArrayList<>();

    RawHtmlLocator(String renderedHtml, List<RawHtml> pieces) {
        int from = 0;
        for (RawHtml piece : pieces) {
            // a piece inside a block quote or list loses its line prefixes when rendered: then its first line is found
            String found = renderedHtml.indexOf(piece.html(), from) >= 0
                    ? piece.html()
                    : piece.html().lines().findFirst().orElse("");
            int at = found.isEmpty() ? -1 : renderedHtml.indexOf(found, from);
            if (at >= 0) {
                spans.add(new Span(at, at + found.length(), piece));
                from = at + found.length();
            }
        }
    }

    RawHtmlReport report(HtmlSanitizer.Sanitized sanitized) {
        List<RawHtmlReport.Removed> removed = new ArrayList<>();
        for (HtmlSanitizer.Removal r : sanitized.removals()) {
            int[] at = locate(r.offset());
            removed.add(new RawHtmlReport.Removed(r.what(), at[0], at[1]));
        }
        List<MarkdownLink> links = new ArrayList<>();
        for (HtmlSanitizer.KeptUrl url : sanitized.urls()) {
            if (inside(url.offset())) { // links outside raw HTML are Markdown's own, checked already
                int[] at = locate(url.offset());
                links.add(new MarkdownLink(url.kind(), url.url(), url.alt(), at[0], at[1]));
            }
        }
        return new RawHtmlReport(List.copyOf(removed), List.copyOf(links));
    }

    private boolean inside(int offset) {
        return spans.stream().anyMatch(s -> offset >= s.start() && offset < s.end());
    }

    /** {line, column} in the body of an offset in the rendered HTML. */
    private int[] locate(int offset) {
        Span span = null;
        for (Span s : spans) {
            if (s.start() <= offset) {
                span = s;
            }
        }
        if (span == null) {
            return spans.isEmpty()
                    ? new int[] {1, 1}
                    : new int[] {
                        spans.get(0).source().line(), spans.get(0).source().column()
                    };
        }
        RawHtml source = span.source();
        int within = Math.min(offset, span.end() - 1) - span.start();
        String before =
                source.html().substring(0, Math.min(within, source.html().length()));
        int newline = before.lastIndexOf('\n');
        long lines = before.chars().filter(c -> c == '\n').count();
        return newline < 0
                ? new int[] {source.line(), source.column() + within}
                : new int[] {source.line() + (int) lines, within - newline};
    }
}
