package nl.kennisbank.site;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generators for the fuzzer: documents an attacker or a careless editor could write, built from small grammars
 * for YAML front matter, Markdown and raw HTML, and hostile seeds (the shared {@link HtmlAttacks} and the inputs
 * that once crashed the build) mutated at random. Everything comes from one {@link SplittableRandom}, so the same
 * seed gives the same document.
 */
final class HostileInputs {

    /** One generated file: where it goes in the site and its text. */
    record FuzzInput(String path, String text) {
    }

    static final String BODY_HEADER = "---\ntitel: Fuzz\nsamenvatting: Tekst.\n---\n";

    /** Inputs that once broke the build or a sanitiser, as seeds for mutation. */
    private static final List<String> FRONT_MATTER_SEEDS = List.of(
            "---\ntitel: Fuzz\nx: &a [*a]\n---\nTekst.\n",
            "---\ntitel: Fuzz\ny: &b {k: *b}\n---\n",
            "---\ntitel: Fuzz\n? [a, b]\n: c\n---\n",
            "--- \ntitel: Fuzz\n---\nTekst.\n",
            "---\rtitel: Fuzz\r---\rTekst.\r",
            "\ufeff\ufeff---\ntitel: Fuzz\n---\n",
            "---\ntitel: Fuzz\n\tsamenvatting: tab\n---\n",
            "---\ntitel: \"\\q\u0001\"\nsamenvatting: |\n  regel\n regel\n---\n",
            "---\ntitel: Fuzz\nleeftijd: {van: 4, tot: 12}\nsectoren: [onderwijs, jgz]\nafbeelding: {src: x.png, alt: x}\n---\n",
            "title=Fuzz\ntype=pagina\nstatus=published\n~~~~~~\nTekst.\n");

    private static final List<String> FIELDS = List.of("titel", "samenvatting", "datum", "status", "sectoren", "themas", "pijlers",
            "gemeenten", "verwant", "leeftijd", "trefwoorden", "afbeelding", "bronnen", "aliassen", "onderbouwing", "type",
            "bijgewerkt", "contact", "title", "x", "Titel", "");
    private static final List<String> WORDS = List.of("armoede", "Utrecht", "onderwijs", "meedoen", "u-pas", "concept",
            "gepubliceerd", "2026-01-01", "2026-02-30", "0", "-1", "99999999999999999999", "true", "null", "~", "ja", "1e3",
            "0x1F", ".inf", "Armoede: wat nu?", "kinderen & ouders", "é", "\ud83d\ude00", "\u202e", "\u0000", "\u0085", "\u2028");
    private static final List<String> TAGS = List.of("script", "img", "a", "iframe", "svg", "math", "style", "form", "input",
            "details", "object", "embed", "base", "meta", "link", "noscript", "template", "p", "div", "b", "abbr", "table",
            "td", "animate", "set", "foreignObject", "title", "textarea", "xmp", "plaintext", "frameset", "isindex", "video");
    private static final List<String> ATTRIBUTES = List.of("onerror", "onload", "onclick", "onmouseover", "ontoggle", "onfocus",
            "href", "src", "srcdoc", "action", "formaction", "data", "style", "xlink:href", "http-equiv", "content", "title",
            "alt", "id", "class", "values", "attributeName", "autofocus", "open", "ONERROR", "on error");
    private static final List<String> URLS = List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
            "jav&#x09;ascript:alert(1)", "&#106;avascript:alert(1)", "  javascript:alert(1)", "javascript&colon;alert(1)",
            "vbscript:x", "data:text/html,<script>x()</script>", "data:image/svg+xml,<svg onload=x()>", "//evil.example/",
            "https://evil.example/x.png", "u-pas.md", "u-pas.md#nergens", "../praktijkvoorbeelden/u-pas.md#zo-werkt-het",
            "#kop", "x.png", "afbeeldingen/x.svg", "mailto:a@b.nl", "tel:0612345678", "", " ", "%00", "\u0000javascript:x");
    private static final List<String> HOSTILE_TEXT = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "'; alert(1); '", "${7*7}", "<#assign x=1>", "{{7*7}}", "javascript:alert(1)", "</title><script>x()</script>",
            "]]></script>", "&lt;b&gt;", "\u202eomgekeerd", "Kinderen & ouders", "\ud83d\ude00".repeat(40), "a".repeat(300), "Gewone titel");
    private static final List<String> JUNK = List.of(":", "-", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "#", "?",
            "%", "@", "`", ",", "\t", "\r", "\n", " ", "\\", "<", "=", "~", "_", "(", ")", "/", ".", "\u0000", "\u0001", "\u001b",
            "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\ufffe", "\ud800", "a", "é", "\ud83d\ude00");

    private final SplittableRandom random;

    HostileInputs(long seed) {
        this.random = new SplittableRandom(seed);
    }

    // --- documents ---

    /** A document whose front matter is on trial: generated, a mutated seed, or both. */
    FuzzInput frontMatter() {
        String path = weighted(4, "content/fuzz.md", 2, "content/praktijkvoorbeelden/fuzz.md", 1, "content/handreikingen/onderwijs/09-fuzz.md");
        String text = switch (random.nextInt(4)) {
            case 0 -> generatedFrontMatter(path);
            case 1 -> mutate(pick(FRONT_MATTER_SEEDS));
            case 2 -> mutate(generatedFrontMatter(path));
            default -> validFrontMatter(path); // valid, so it reaches the templates, with hostile text in its values
        };
        return new FuzzInput(path, text);
    }

    /** A document with a valid header whose Markdown and raw HTML are on trial. */
    FuzzInput body() {
        String body = switch (random.nextInt(3)) {
            case 0 -> generatedBody();
            case 1 -> mutate(pick(HtmlAttacks.ALL).markdown());
            default -> mutate(generatedBody());
        };
        return new FuzzInput("content/fuzz.md", BODY_HEADER + body + "\n");
    }

    // --- front matter grammar ---

    /** The fields a document at this path needs, valid, with hostile text where text is free. */
    private List<String> requiredFields(String path) {
        List<String> fields = new java.util.ArrayList<>(List.of("titel: " + yamlText(), "samenvatting: " + yamlText()));
        if (path.contains("praktijkvoorbeelden/")) {
            fields.addAll(List.of("datum: 2026-01-01", "status: gepubliceerd", "sectoren: [onderwijs]", "themas: [meedoen]", "pijlers: [activeren]"));
        }
        return fields;
    }

    private String validFrontMatter(String path) {
        List<String> fields = new java.util.ArrayList<>(requiredFields(path));
        int extra = random.nextInt(4);
        for (int i = 0; i < extra; i++) {
            fields.add(pick("trefwoorden: [" + yamlText() + ", " + yamlText() + "]", "bronnen: []", "bijgewerkt: 2026-02-01",
                    "afbeelding: {src: " + pick("../afbeeldingen/pas.svg", "afbeeldingen/pas.svg") + ", alt: " + yamlText() + "}"));
        }
        return "---\n" + String.join("\n", fields.stream().distinct().toList()) + "\n---\nTekst.\n";
    }

    /** A YAML scalar whose text would do harm if a template did not escape it. */
    private String yamlText() {
        String text = pick(HOSTILE_TEXT) + (random.nextBoolean() ? " " + pick(WORDS) : "");
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String generatedFrontMatter(String path) {
        StringBuilder doc = new StringBuilder(weighted(10, "---\n", 1, "--- \n", 1, "\ufeff---\n", 1, "---\r\n", 1, "---\r", 1, ""));
        List<String> required = requiredFields(path);
        required.stream().filter(f -> random.nextInt(6) > 0).forEach(f -> doc.append(f).append('\n'));
        int lines = random.nextInt(6);
        for (int i = 0; i < lines; i++) {
            doc.append(frontMatterLine()).append('\n');
        }
        doc.append(weighted(10, "---\n", 1, "--- \n", 1, "...\n", 1, "", 1, "----\n"));
        return doc.append(inline(2)).append("\nTekst.\n").toString();
    }

    private String frontMatterLine() {
        return switch (random.nextInt(12)) {
            case 0, 1, 2 -> pick(FIELDS) + ": " + yamlValue(0);
            case 3 -> pick(FIELDS) + ":\n" + blockSequence(1 + random.nextInt(4));
            case 4 -> pick(FIELDS) + ": " + pick("|", ">", "|-", ">+", "|2") + "\n  " + pick(WORDS) + "\n" + " ".repeat(random.nextInt(4)) + pick(WORDS);
            case 5 -> pick(FIELDS) + ": &" + pick("a", "b") + " " + yamlValue(1) + "\n" + pick(FIELDS) + ": *" + pick("a", "b", "nergens");
            case 6 -> pick("? [a, b]\n: c", "<<: {titel: x}", "<<: *a", "%YAML 1.1", "%TAG ! tag:x,2026:", "---", "...", "# opmerking",
                    "!!binary x: y", "titel: !!python/object:os.system x", "titel: !!str", "!<tag:yaml.org,2002:str> x: y");
            case 7 -> bomb();
            case 8 -> pick(FIELDS) + ": " + quoted();
            case 9 -> junk(40);
            case 10 -> " ".repeat(random.nextInt(6)) + pick(FIELDS) + ": " + yamlValue(0);
            default -> pick(FIELDS) + pick(":", ": ", " :", ":\t", "::") + junk(10);
        };
    }

    private String yamlValue(int depth) {
        if (depth > 4) {
            return pick(WORDS);
        }
        return switch (random.nextInt(6)) {
            case 0 -> "[" + join(depth, ", ") + pick("]", "]", "]", "", "]]");
            case 1 -> "{" + pick(FIELDS) + ": " + yamlValue(depth + 1) + ", " + pick(FIELDS) + ": " + yamlValue(depth + 1) + pick("}", "}", "");
            case 2 -> quoted();
            default -> pick(WORDS) + (random.nextInt(4) == 0 ? junk(6) : "");
        };
    }

    private String join(int depth, String separator) {
        StringBuilder items = new StringBuilder();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            items.append(i == 0 ? "" : separator).append(yamlValue(depth + 1));
        }
        return items.toString();
    }

    private String blockSequence(int depth) {
        StringBuilder seq = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            seq.append("  ".repeat(d)).append("- ").append(d + 1 < depth ? "" : yamlValue(2)).append('\n');
        }
        return seq.toString().stripTrailing();
    }

    private String quoted() {
        String inner = pick(WORDS) + (random.nextBoolean() ? pick("\\n", "\\q", "\\u00", "\\x41", "''", "\\\"", "\\", "\n  vervolg") : "");
        return pick("\"" + inner + "\"", "'" + inner + "'", "\"" + inner, "'" + inner, "\"" + inner + "\" rest");
    }

    /** Inputs that once overflowed a stack or a limit: deep flow nesting, deep indentation, long lines, many emoji. */
    private String bomb() {
        int n = 1 + random.nextInt(random.nextBoolean() ? 80 : 4000);
        return switch (random.nextInt(6)) {
            case 0 -> "x: " + "[".repeat(n);
            case 1 -> "x: " + "{a: ".repeat(n);
            case 2 -> "x:\n" + " ".repeat(n) + "- y";
            case 3 -> "- ".repeat(n) + "x";
            case 4 -> "titel: " + "\ud83d\ude00".repeat(Math.min(n, 500));
            default -> "samenvatting: " + "a".repeat(n * 4);
        };
    }

    // --- Markdown grammar ---

    private String generatedBody() {
        StringBuilder body = new StringBuilder();
        int blocks = random.nextInt(8);
        for (int i = 0; i < blocks; i++) {
            body.append(block(0)).append(weighted(4, "\n\n", 1, "\n", 1, " "));
        }
        return body.toString();
    }

    private String block(int depth) {
        if (depth > 3) {
            return inline(depth);
        }
        return switch (random.nextInt(14)) {
            case 0 -> "#".repeat(1 + random.nextInt(7)) + " " + pick("Inhoud", "Zoeken", "Insturen", "Kop bronnen", "Vinder q", "Op deze pagina",
                    inline(depth + 1)) + (random.nextInt(5) == 0 ? " {#" + pick("inhoud", "zoekveld", "x") + "}" : "");
            case 1 -> pick("- ", "* ", "1. ", "+ ", "1) ") + block(depth + 1) + "\n" + "  ".repeat(1 + random.nextInt(3)) + pick("- ", "1. ") + inline(depth + 1);
            case 2 -> "> " + block(depth + 1).replace("\n", "\n> ");
            case 3 -> pick("```", "~~~", "    ") + pick("", "html", "js") + "\n" + pick(HtmlAttacks.ALL).markdown() + "\n" + pick("```", "~~~", "");
            case 4 -> "| a | " + inline(depth + 1) + " |\n|---|---|\n| " + inline(depth + 1) + " | " + html(depth + 1) + " |";
            case 5 -> "[^" + pick("1", "x", "") + "]: " + inline(depth + 1);
            case 6 -> "[" + pick("ref", "x", "") + "]: " + pick(URLS) + pick("", " \"titel\"", " 'x");
            case 7, 8 -> html(depth + 1);
            case 9 -> pick("---", "***", "___", "===", "<!--", "-->", "<!-->", "<!--->", "--!>", "<![CDATA[", "]]>", "<?php x ?>", "<!DOCTYPE x>");
            case 10 -> ">".repeat(1 + random.nextInt(random.nextBoolean() ? 20 : 3000)) + " x";
            case 11 -> "  ".repeat(random.nextInt(200)) + "- x";
            default -> inline(depth + 1) + " " + inline(depth + 1);
        };
    }

    private String inline(int depth) {
        if (depth > 4) {
            return pick(WORDS);
        }
        return switch (random.nextInt(14)) {
            case 0 -> pick("*", "**", "_", "__", "~~", "`") + inline(depth + 1) + pick("*", "**", "_", "__", "~~", "`", "");
            case 1 -> "[" + inline(depth + 1) + "](" + pick(URLS) + pick("", " \"titel\"", ")") + ")";
            case 2 -> "![" + pick("", "alt", inline(depth + 1)) + "](" + pick(URLS) + ")";
            case 3 -> "<" + pick(URLS) + ">";
            case 4, 5 -> html(depth + 1);
            case 6 -> pick("&lt;script&gt;", "&#60;script&#62;", "&amp;", "&#x0;", "&nbsp;", "&bogus;", "\\<script>", "\\", "[^1]", "[ref]", "[x][ref]");
            case 7 -> "[".repeat(1 + random.nextInt(200)) + "x" + "]".repeat(random.nextInt(200));
            case 8 -> "*_".repeat(1 + random.nextInt(200)) + "x" + "_*".repeat(random.nextInt(200));
            case 9 -> junk(20);
            case 10 -> pick("www.example.org", "https://example.org/?a=<b>", "info@gemeente.nl", "jan.jansen@gmail.com", "06-12345678");
            default -> pick(WORDS) + " " + pick(WORDS);
        };
    }

    // --- raw HTML grammar ---

    private String html(int depth) {
        String tag = pick(TAGS);
        tag = random.nextInt(6) == 0 ? mixedCase(tag) : tag;
        StringBuilder el = new StringBuilder("<").append(tag);
        int attributes = random.nextInt(4);
        for (int i = 0; i < attributes; i++) {
            el.append(pick(" ", "\n", "\t", "/", "  \n ")).append(attribute());
        }
        el.append(weighted(8, ">", 1, "/>", 1, "", 1, " >", 1, "\n>"));
        if (random.nextInt(3) > 0 && depth < 5) {
            el.append(random.nextBoolean() ? inline(depth + 1) : html(depth + 1));
        }
        el.append(weighted(6, "</" + tag + ">", 1, "", 1, "</" + tag, 1, "</" + pick(TAGS) + ">"));
        if (random.nextInt(5) == 0) {
            // a comment, or a tag split around or hidden in one: the forms that got past fragment-wise checks
            return pick("<!--\n-->", "<!-- a --><!-->", "<!--", "<!-- -->", "<!--->", "<scr" + el + "ipt>", "<!--" + el + "-->") + el;
        }
        return el.toString();
    }

    private String attribute() {
        String name = pick(ATTRIBUTES);
        String value = name.startsWith("on") || name.startsWith("ON") ? pick("alert(1)", "document.title='GEHACKT'", "x()") : pick(URLS);
        return switch (random.nextInt(5)) {
            case 0 -> name + "='" + value + "'";
            case 1 -> name + "=" + value.replace(" ", "");
            case 2 -> name;
            case 3 -> name + "=\"" + entities(value) + "\"";
            default -> name + "=\"" + value + "\"";
        };
    }

    private String entities(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> out.append(random.nextInt(3) == 0 ? pick("&#" + c + ";", "&#x" + Integer.toHexString(c) + ";", "&#x0" + Integer.toHexString(c))
                : Character.toString(c)));
        return out.toString();
    }

    private String mixedCase(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append((char) (random.nextBoolean() ? Character.toUpperCase(c) : c)));
        return out.toString();
    }

    // --- mutation ---

    /** One to six random edits: insert a token, delete or repeat a slice, splice in an attack, swap a character. */
    String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            int to = Math.min(s.length(), at + random.nextInt(24));
            switch (random.nextInt(7)) {
                case 0 -> s.insert(at, pick(JUNK));
                case 1 -> s.delete(at, to);
                case 2 -> s.insert(at, s.substring(at, to).repeat(1 + random.nextInt(random.nextBoolean() ? 4 : 400)));
                case 3 -> s.insert(at, pick(HtmlAttacks.ALL).markdown());
                case 4 -> s.insert(at, random.nextBoolean() ? html(2) : inline(2));
                case 5 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, pick(JUNK).charAt(0));
                    }
                }
                default -> s.insert(at, pick("\n", "\r\n", "\r", "\n\n", "\n    ", "\n> ", "\n- ", "\n---\n", "\n```\n"));
            }
        }
        return s.toString();
    }

    // --- choices ---

    private String junk(int max) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            s.append(pick(JUNK));
        }
        return s.toString();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** Weighted choice: weight, value, weight, value… */
    private String weighted(Object... weighted) {
        int total = 0;
        for (int i = 0; i < weighted.length; i += 2) {
            total += (Integer) weighted[i];
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weighted.length; i += 2) {
            r -= (Integer) weighted[i];
            if (r < 0) {
                return (String) weighted[i + 1];
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
