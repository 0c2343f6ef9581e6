package nl.kennisbank.site;

import java.util.List;

/**
 * Generators for the fuzzer: documents an attacker or a careless editor could write, built from small grammars
 * for YAML front matter, Markdown and raw HTML, and hostile seeds (the shared {@link HtmlAttacks} and the inputs
 * that once crashed the build) mutated at random; the Markdown and HTML grammar is {@link HostileMarkup}. Every
 * choice comes from one seeded {@link FuzzChoices}, so the same seed gives the same document.
 */
final class HostileInputs {

    /** One generated file: where it goes in the site and its text. */
    record FuzzInput(String path, String text) {}

    static final String FUZZ_FILE = "content/fuzz.md";
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

    private static final List<String> FIELDS = List.of(
            "titel",
            "samenvatting",
            "datum",
            "status",
            "sectoren",
            "themas",
            "pijlers",
            "gemeenten",
            "verwant",
            "leeftijd",
            "trefwoorden",
            "afbeelding",
            "bronnen",
            "aliassen",
            "onderbouwing",
            "type",
            "bijgewerkt",
            "contact",
            "title",
            "x",
            "Titel",
            "");
    private static final List<String> HOSTILE_TEXT = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'; alert(1); '",
            "${7*7}",
            "<#assign x=1>",
            "{{7*7}}",
            "javascript:alert(1)",
            "</title><script>x()</script>",
            "]]></script>",
            "&lt;b&gt;",
            "\u202eomgekeerd",
            "Kinderen & ouders",
            "\ud83d\ude00".repeat(40),
            "a".repeat(300),
            "Gewone titel");

    private final FuzzChoices c;
    private final HostileMarkup markup;

    HostileInputs(long seed) {
        this.c = new FuzzChoices(seed);
        this.markup = new HostileMarkup(c);
    }

    // --- documents ---

    /** A document whose front matter is on trial: generated, a mutated seed, or both. */
    FuzzInput frontMatter() {
        String path = c.weighted(
                4,
                "content/fuzz.md",
                2,
                "content/praktijkvoorbeelden/fuzz.md",
                1,
                "content/handreikingen/onderwijs/09-fuzz.md");
        String text = switch (c.nextInt(4)) {
            case 0 -> generatedFrontMatter(path);
            case 1 -> mutate(c.pick(FRONT_MATTER_SEEDS));
            case 2 -> mutate(generatedFrontMatter(path));
            default -> validFrontMatter(path); // valid, so it reaches the templates, with hostile text in its values
        };
        return new FuzzInput(path, text);
    }

    /** A document with a valid header whose Markdown and raw HTML are on trial. */
    FuzzInput body() {
        String body = switch (c.nextInt(3)) {
            case 0 -> markup.body();
            case 1 -> mutate(c.pick(HtmlAttacks.ALL).markdown());
            default -> mutate(markup.body());
        };
        return new FuzzInput(FUZZ_FILE, BODY_HEADER + body + "\n");
    }

    // --- front matter grammar ---

    /** The fields a document at this path needs, valid, with hostile text where text is free. */
    private List<String> requiredFields(String path) {
        List<String> fields = new java.util.ArrayList<>(List.of("titel: " + yamlText(), "samenvatting: " + yamlText()));
        if (path.contains("praktijkvoorbeelden/")) {
            fields.addAll(List.of(
                    "datum: 2026-01-01",
                    "status: gepubliceerd",
                    "sectoren: [onderwijs]",
                    "themas: [meedoen]",
                    "pijlers: [activeren]"));
        }
        return fields;
    }

    private String validFrontMatter(String path) {
        List<String> fields = new java.util.ArrayList<>(requiredFields(path));
        int extra = c.nextInt(4);
        for (int i = 0; i < extra; i++) {
            fields.add(c.pick(
                    "trefwoorden: [" + yamlText() + ", " + yamlText() + "]",
                    "bronnen: []",
                    "bijgewerkt: 2026-02-01",
                    "afbeelding: {src: " + c.pick("../afbeeldingen/pas.svg", "afbeeldingen/pas.svg") + ", alt: "
                            + yamlText() + "}"));
        }
        return "---\n" + String.join("\n", fields.stream().distinct().toList()) + "\n---\nTekst.\n";
    }

    /** A YAML scalar whose text would do harm if a template did not escape it. */
    private String yamlText() {
        String text = c.pick(HOSTILE_TEXT) + (c.nextBoolean() ? " " + c.pick(FuzzChoices.WORDS) : "");
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String generatedFrontMatter(String path) {
        StringBuilder doc = new StringBuilder(
                c.weighted(10, "---\n", 1, "--- \n", 1, "\ufeff---\n", 1, "---\r\n", 1, "---\r", 1, ""));
        List<String> required = requiredFields(path);
        required.stream()
                .filter(f -> c.nextInt(6) > 0)
                .forEach(f -> doc.append(f).append('\n'));
        int lines = c.nextInt(6);
        for (int i = 0; i < lines; i++) {
            doc.append(frontMatterLine()).append('\n');
        }
        doc.append(c.weighted(10, "---\n", 1, "--- \n", 1, "...\n", 1, "", 1, "----\n"));
        return doc.append(markup.inline(2)).append("\nTekst.\n").toString();
    }

    private String frontMatterLine() {
        return switch (c.nextInt(12)) {
            case 0, 1, 2 -> c.pick(FIELDS) + ": " + yamlValue(0);
            case 3 -> c.pick(FIELDS) + ":\n" + blockSequence(1 + c.nextInt(4));
            case 4 ->
                c.pick(FIELDS) + ": " + c.pick("|", ">", "|-", ">+", "|2") + "\n  " + c.pick(FuzzChoices.WORDS) + "\n"
                        + " ".repeat(c.nextInt(4)) + c.pick(FuzzChoices.WORDS);
            case 5 ->
                c.pick(FIELDS) + ": &" + c.pick("a", "b") + " " + yamlValue(1) + "\n" + c.pick(FIELDS) + ": *"
                        + c.pick("a", "b", "nergens");
            case 6 ->
                c.pick(
                        "? [a, b]\n: c",
                        "<<: {titel: x}",
                        "<<: *a",
                        "%YAML 1.1",
                        "%TAG ! tag:x,2026:",
                        "---",
                        "...",
                        "# opmerking",
                        "!!binary x: y",
                        "titel: !!python/object:os.system x",
                        "titel: !!str",
                        "!<tag:yaml.org,2002:str> x: y");
            case 7 -> bomb();
            case 8 -> c.pick(FIELDS) + ": " + quoted();
            case 9 -> c.junk(40);
            case 10 -> " ".repeat(c.nextInt(6)) + c.pick(FIELDS) + ": " + yamlValue(0);
            default -> c.pick(FIELDS) + c.pick(":", ": ", " :", ":\t", "::") + c.junk(10);
        };
    }

    private String yamlValue(int depth) {
        if (depth > 4) {
            return c.pick(FuzzChoices.WORDS);
        }
        return switch (c.nextInt(6)) {
            case 0 -> "[" + join(depth, ", ") + c.pick("]", "]", "]", "", "]]");
            case 1 ->
                "{" + c.pick(FIELDS) + ": " + yamlValue(depth + 1) + ", " + c.pick(FIELDS) + ": " + yamlValue(depth + 1)
                        + c.pick("}", "}", "");
            case 2 -> quoted();
            default -> c.pick(FuzzChoices.WORDS) + (c.nextInt(4) == 0 ? c.junk(6) : "");
        };
    }

    private String join(int depth, String separator) {
        StringBuilder items = new StringBuilder();
        int n = c.nextInt(4);
        for (int i = 0; i < n; i++) {
            items.append(i == 0 ? "" : separator).append(yamlValue(depth + 1));
        }
        return items.toString();
    }

    private String blockSequence(int depth) {
        StringBuilder seq = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            seq.append("  ".repeat(d))
                    .append("- ")
                    .append(d + 1 < depth ? "" : yamlValue(2))
                    .append('\n');
        }
        return seq.toString().stripTrailing();
    }

    private String quoted() {
        String inner = c.pick(FuzzChoices.WORDS)
                + (c.nextBoolean() ? c.pick("\\n", "\\q", "\\u00", "\\x41", "''", "\\\"", "\\", "\n  vervolg") : "");
        return c.pick("\"" + inner + "\"", "'" + inner + "'", "\"" + inner, "'" + inner, "\"" + inner + "\" rest");
    }

    /** Inputs that once overflowed a stack or a limit: deep flow nesting, deep indentation, long lines, many emoji. */
    private String bomb() {
        int n = 1 + c.nextInt(c.nextBoolean() ? 80 : 4000);
        return switch (c.nextInt(6)) {
            case 0 -> "x: " + "[".repeat(n);
            case 1 -> "x: " + "{a: ".repeat(n);
            case 2 -> "x:\n" + " ".repeat(n) + "- y";
            case 3 -> "- ".repeat(n) + "x";
            case 4 -> "titel: " + "\ud83d\ude00".repeat(Math.min(n, 500));
            default -> "samenvatting: " + "a".repeat(n * 4);
        };
    }

    // --- mutation ---

    /** One to six random edits: insert a token, delete or repeat a slice, splice in an attack, swap a character. */
    String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + c.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int at = s.isEmpty() ? 0 : c.nextInt(s.length() + 1);
            int to = Math.min(s.length(), at + c.nextInt(24));
            switch (c.nextInt(7)) {
                case 0 -> s.insert(at, c.pick(FuzzChoices.JUNK));
                case 1 -> s.delete(at, to);
                case 2 -> s.insert(at, s.substring(at, to).repeat(1 + c.nextInt(c.nextBoolean() ? 4 : 400)));
                case 3 -> s.insert(at, c.pick(HtmlAttacks.ALL).markdown());
                case 4 -> s.insert(at, c.nextBoolean() ? markup.html(2) : markup.inline(2));
                case 5 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, c.pick(FuzzChoices.JUNK).charAt(0));
                    }
                }
                default ->
                    s.insert(at, c.pick("\n", "\r\n", "\r", "\n\n", "\n    ", "\n> ", "\n- ", "\n---\n", "\n```\n"));
            }
        }
        return s.toString();
    }
}
