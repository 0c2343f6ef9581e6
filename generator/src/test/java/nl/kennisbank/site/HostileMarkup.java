package nl.kennisbank.site;

import java.util.List;

/**
 * The fuzzer's grammar for Markdown bodies and the raw HTML in them: headings named like the page's own ids,
 * nested lists and quotes, fences, tables, footnotes and references, links and images with every unsafe URL form,
 * deep nesting, and HTML elements with event handlers, entity-encoded URLs, odd quoting, comments and split tags.
 */
final class HostileMarkup {

    private static final List<String> TAGS = List.of(
            "script",
            "img",
            "a",
            "iframe",
            "svg",
            "math",
            "style",
            "form",
            "input",
            "details",
            "object",
            "embed",
            "base",
            "meta",
            "link",
            "noscript",
            "template",
            "p",
            "div",
            "b",
            "abbr",
            "table",
            "td",
            "animate",
            "set",
            "foreignObject",
            "title",
            "textarea",
            "xmp",
            "plaintext",
            "frameset",
            "isindex",
            "video");
    private static final List<String> ATTRIBUTES = List.of(
            "onerror",
            "onload",
            "onclick",
            "onmouseover",
            "ontoggle",
            "onfocus",
            "href",
            "src",
            "srcdoc",
            "action",
            "formaction",
            "data",
            "style",
            "xlink:href",
            "http-equiv",
            "content",
            "title",
            "alt",
            "id",
            "class",
            "values",
            "attributeName",
            "autofocus",
            "open",
            "ONERROR",
            "on error");
    private static final List<String> URLS = List.of(
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "jav&#x09;ascript:alert(1)",
            "&#106;avascript:alert(1)",
            "  javascript:alert(1)",
            "javascript&colon;alert(1)",
            "vbscript:x",
            "data:text/html,<script>x()</script>",
            "data:image/svg+xml,<svg onload=x()>",
            "//evil.example/",
            "https://evil.example/x.png",
            "u-pas.md",
            "u-pas.md#nergens",
            "../praktijkvoorbeelden/u-pas.md#zo-werkt-het",
            "#kop",
            "x.png",
            "afbeeldingen/x.svg",
            "mailto:a@b.nl",
            "tel:0612345678",
            "",
            " ",
            "%00",
            "\u0000javascript:x");

    private final FuzzChoices c;

    HostileMarkup(FuzzChoices choices) {
        this.c = choices;
    }

    /** A body: a few blocks of Markdown with raw HTML among them. */
    String body() {
        StringBuilder body = new StringBuilder();
        int blocks = c.nextInt(8);
        for (int i = 0; i < blocks; i++) {
            body.append(block(0)).append(c.weighted(4, "\n\n", 1, "\n", 1, " "));
        }
        return body.toString();
    }

    private String block(int depth) {
        if (depth > 3) {
            return inline(depth);
        }
        return switch (c.nextInt(14)) {
            case 0 ->
                "#".repeat(1 + c.nextInt(7)) + " "
                        + c.pick(
                                "Inhoud",
                                "Zoeken",
                                "Insturen",
                                "Kop bronnen",
                                "Vinder q",
                                "Op deze pagina",
                                inline(depth + 1))
                        + (c.nextInt(5) == 0 ? " {#" + c.pick("inhoud", "zoekveld", "x") + "}" : "");
            case 1 ->
                c.pick("- ", "* ", "1. ", "+ ", "1) ") + block(depth + 1) + "\n" + "  ".repeat(1 + c.nextInt(3))
                        + c.pick("- ", "1. ") + inline(depth + 1);
            case 2 -> "> " + block(depth + 1).replace("\n", "\n> ");
            case 3 ->
                c.pick("```", "~~~", "    ") + c.pick("", "html", "js") + "\n"
                        + c.pick(HtmlAttacks.ALL).markdown() + "\n" + c.pick("```", "~~~", "");
            case 4 ->
                "| a | " + inline(depth + 1) + " |\n|---|---|\n| " + inline(depth + 1) + " | " + html(depth + 1) + " |";
            case 5 -> "[^" + c.pick("1", "x", "") + "]: " + inline(depth + 1);
            case 6 -> "[" + c.pick("ref", "x", "") + "]: " + c.pick(URLS) + c.pick("", " \"titel\"", " 'x");
            case 7, 8 -> html(depth + 1);
            case 9 ->
                c.pick(
                        "---",
                        "***",
                        "___",
                        "===",
                        "<!--",
                        "-->",
                        "<!-->",
                        "<!--->",
                        "--!>",
                        "<![CDATA[",
                        "]]>",
                        "<?php x ?>",
                        "<!DOCTYPE x>");
            case 10 -> ">".repeat(1 + c.nextInt(c.nextBoolean() ? 20 : 3000)) + " x";
            case 11 -> "  ".repeat(c.nextInt(200)) + "- x";
            default -> inline(depth + 1) + " " + inline(depth + 1);
        };
    }

    String inline(int depth) {
        if (depth > 4) {
            return c.pick(FuzzChoices.WORDS);
        }
        return switch (c.nextInt(14)) {
            case 0 ->
                c.pick("*", "**", "_", "__", "~~", "`")
                        + inline(depth + 1)
                        + c.pick("*", "**", "_", "__", "~~", "`", "");
            case 1 -> "[" + inline(depth + 1) + "](" + c.pick(URLS) + c.pick("", " \"titel\"", ")") + ")";
            case 2 -> "![" + c.pick("", "alt", inline(depth + 1)) + "](" + c.pick(URLS) + ")";
            case 3 -> "<" + c.pick(URLS) + ">";
            case 4, 5 -> html(depth + 1);
            case 6 ->
                c.pick(
                        "&lt;script&gt;",
                        "&#60;script&#62;",
                        "&amp;",
                        "&#x0;",
                        "&nbsp;",
                        "&bogus;",
                        "\\<script>",
                        "\\",
                        "[^1]",
                        "[ref]",
                        "[x][ref]");
            case 7 -> "[".repeat(1 + c.nextInt(200)) + "x" + "]".repeat(c.nextInt(200));
            case 8 -> "*_".repeat(1 + c.nextInt(200)) + "x" + "_*".repeat(c.nextInt(200));
            case 9 -> c.junk(20);
            case 10 ->
                c.pick(
                        "www.example.org",
                        "https://example.org/?a=<b>",
                        "info@gemeente.nl",
                        "jan.jansen@gmail.com",
                        "06-12345678");
            default -> c.pick(FuzzChoices.WORDS) + " " + c.pick(FuzzChoices.WORDS);
        };
    }

    String html(int depth) {
        String tag = c.pick(TAGS);
        tag = c.nextInt(6) == 0 ? mixedCase(tag) : tag;
        StringBuilder el = new StringBuilder("<").append(tag);
        int attributes = c.nextInt(4);
        for (int i = 0; i < attributes; i++) {
            el.append(c.pick(" ", "\n", "\t", "/", "  \n ")).append(attribute());
        }
        el.append(c.weighted(8, ">", 1, "/>", 1, "", 1, " >", 1, "\n>"));
        if (c.nextInt(3) > 0 && depth < 5) {
            el.append(c.nextBoolean() ? inline(depth + 1) : html(depth + 1));
        }
        el.append(c.weighted(6, "</" + tag + ">", 1, "", 1, "</" + tag, 1, "</" + c.pick(TAGS) + ">"));
        if (c.nextInt(5) == 0) {
            // a comment, or a tag split around or hidden in one: the forms that got past fragment-wise checks
            return c.pick(
                            "<!--\n-->",
                            "<!-- a --><!-->",
                            "<!--",
                            "<!-- -->",
                            "<!--->",
                            "<scr" + el + "ipt>",
                            "<!--" + el + "-->")
                    + el;
        }
        return el.toString();
    }

    private String attribute() {
        String name = c.pick(ATTRIBUTES);
        String value = name.startsWith("on") || name.startsWith("ON")
                ? c.pick("alert(1)", "document.title='GEHACKT'", "x()")
                : c.pick(URLS);
        return switch (c.nextInt(5)) {
            case 0 -> name + "='" + value + "'";
            case 1 -> name + "=" + value.replace(" ", "");
            case 2 -> name;
            case 3 -> name + "=\"" + entities(value) + "\"";
            default -> name + "=\"" + value + "\"";
        };
    }

    private String entities(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints()
                .forEach(cp -> out.append(
                        c.nextInt(3) == 0
                                ? c.pick(
                                        "&#" + cp + ";",
                                        "&#x" + Integer.toHexString(cp) + ";",
                                        "&#x0" + Integer.toHexString(cp))
                                : Character.toString(cp)));
        return out.toString();
    }

    private String mixedCase(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(ch -> out.append((char) (c.nextBoolean() ? Character.toUpperCase(ch) : ch)));
        return out.toString();
    }
}
